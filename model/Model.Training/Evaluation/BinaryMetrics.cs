namespace Mlops.Model.Training.Evaluation;

/// <summary>Point estimates of every metric in <see cref="MetricNames"/> for a binary classifier.</summary>
public static class BinaryMetrics
{
    /// <summary>
    /// Computes the metrics of <paramref name="probabilities"/> (of the positive class) against
    /// <paramref name="labels"/> (0 or 1); rows with probability ≥ <paramref name="threshold"/> are predicted positive.
    /// O(n log n). See <see cref="MetricSet"/> for the conventions where a metric is undefined.
    /// </summary>
    public static MetricSet Compute(ReadOnlySpan<int> labels, ReadOnlySpan<double> probabilities, double threshold)
        => RankedPredictions.Create(labels, probabilities).Evaluate(threshold);
}
