namespace Mlops.Model.Training.Evaluation;

/// <summary>
/// Compares a challenger with the champion scored on the same rows. Both are evaluated on the very same
/// resamples, so the interval is of the per-resample difference and the noise the two share cancels out.
/// </summary>
public static class PairedBootstrap
{
    /// <summary>
    /// The difference challenger − champion of every metric in <see cref="MetricNames"/> with its percentile interval.
    /// Each model keeps its own decision threshold; resamples where a metric is undefined for either model are left out.
    /// </summary>
    public static PairedComparison Compare(
        ReadOnlySpan<int> labels,
        ReadOnlySpan<double> challengerProbabilities,
        double challengerThreshold,
        ReadOnlySpan<double> championProbabilities,
        double championThreshold,
        BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var challenger = RankedPredictions.Create(labels, challengerProbabilities);
        var champion = RankedPredictions.Create(labels, championProbabilities);
        var samples = new MetricSamples(options.Resamples);
        var draws = new ResampleDraws(labels.Length, options.Seed);
        for (var resample = 0; resample < options.Resamples; resample++)
        {
            var timesDrawn = draws.Next();
            var challengerMetrics = challenger.Evaluate(timesDrawn, challengerThreshold);
            var championMetrics = champion.Evaluate(timesDrawn, championThreshold);
            samples.Record(resample, metric => challengerMetrics.Get(metric) - championMetrics.Get(metric));
        }

        return Summarize(challenger.Evaluate(challengerThreshold), champion.Evaluate(championThreshold), samples, options.Confidence);
    }

    private static PairedComparison Summarize(MetricSet challenger, MetricSet champion, MetricSamples samples, double confidence)
    {
        var differences = MetricNames.All.Select(metric =>
        {
            var (lower, upper) = samples.Interval(metric, confidence);
            var (challengerValue, championValue) = (challenger.Get(metric), champion.Get(metric));
            return new MetricDifference(metric, challengerValue, championValue, challengerValue - championValue, lower, upper);
        });
        return new PairedComparison(challenger, champion, [.. differences]);
    }
}
