namespace Mlops.Model.Training.Evaluation;

/// <summary>Seeded bootstrap percentile confidence intervals for every metric in <see cref="MetricNames"/>.</summary>
public static class Bootstrap
{
    /// <summary>
    /// Resamples the rows with replacement <see cref="BootstrapOptions.Resamples"/> times and reports, per metric,
    /// the value on all rows and the percentile interval over the resamples. The same seed gives the same intervals.
    /// A resample on which a metric is undefined (one with a single class has no ROC AUC) is left out of that metric's
    /// interval; the bounds are NaN only if the metric is undefined on every resample. Cost: one sort, then O(n) per resample.
    /// </summary>
    public static BootstrapResult Compute(
        ReadOnlySpan<int> labels, ReadOnlySpan<double> probabilities, double threshold, BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ranked = RankedPredictions.Create(labels, probabilities);
        var point = ranked.Evaluate(threshold);
        var samples = new MetricSamples(options.Resamples);
        var draws = new ResampleDraws(ranked.Count, options.Seed);
        for (var resample = 0; resample < options.Resamples; resample++)
        {
            samples.Record(resample, ranked.Evaluate(draws.Next(), threshold).Get);
        }

        var estimates = MetricNames.All.ToDictionary(
            metric => metric,
            metric =>
            {
                var (lower, upper) = samples.Interval(metric, options.Confidence);
                return new MetricEstimate(point.Get(metric), lower, upper);
            });
        return new BootstrapResult(point, estimates);
    }
}
