using Mlops.Model.Training.Evaluation;

namespace Mlops.Model.Tests.Evaluation;

/// <summary>The metrics of the rows as given, each counted once: the point estimate behind every bootstrap.</summary>
internal static class PointMetrics
{
    public static MetricSet Compute(ReadOnlySpan<int> labels, ReadOnlySpan<double> probabilities, double threshold) =>
        RankedPredictions.Create(labels, probabilities).Evaluate(threshold);
}
