namespace Mlops.Model.Training.Evaluation;

/// <summary>The value of every metric on every bootstrap resample, and percentile intervals over them.</summary>
internal sealed class MetricSamples
{
    private readonly Dictionary<string, double[]> _valuesByMetric;

    public MetricSamples(int resamples) =>
        _valuesByMetric = MetricNames.All.ToDictionary(name => name, _ => new double[resamples]);

    public void Record(int resample, Func<string, double> valueOf)
    {
        foreach (var (metric, values) in _valuesByMetric)
        {
            values[resample] = valueOf(metric);
        }
    }

    /// <summary>
    /// The percentile interval at <paramref name="confidence"/>, interpolating linearly between order statistics
    /// (numpy's default). Resamples where the metric is undefined (NaN, e.g. ROC AUC of a one-class resample) are left out.
    /// </summary>
    public (double Lower, double Upper) Interval(string metric, double confidence)
    {
        var defined = _valuesByMetric[metric].Where(value => !double.IsNaN(value)).Order().ToArray();
        if (defined.Length == 0)
        {
            return (double.NaN, double.NaN);
        }

        var tail = (1 - confidence) / 2;
        return (Quantile(defined, tail), Quantile(defined, 1 - tail));
    }

    private static double Quantile(double[] sorted, double probability)
    {
        var position = (sorted.Length - 1) * probability;
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
