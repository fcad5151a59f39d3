namespace Mlops.Model.Training.Evaluation;

/// <summary>Both models' metrics and the paired bootstrap difference of every metric.</summary>
public sealed record PairedComparison(MetricSet Challenger, MetricSet Champion, IReadOnlyList<MetricDifference> Differences)
{
    public MetricDifference Get(string metricName) =>
        Differences.FirstOrDefault(difference => difference.Metric == metricName)
            ?? throw new ArgumentException(
                $"Unknown metric '{metricName}'. Known metrics: {string.Join(", ", MetricNames.All)}.", nameof(metricName));
}
