namespace Mlops.Model.Training.Evaluation;

/// <summary>The point metrics and, for every metric name, its bootstrap interval.</summary>
public sealed record BootstrapResult(MetricSet Point, IReadOnlyDictionary<string, MetricEstimate> Estimates)
{
    public MetricEstimate Get(string metricName) =>
        Estimates.TryGetValue(metricName, out var estimate)
            ? estimate
            : throw new ArgumentException(
                $"Unknown metric '{metricName}'. Known metrics: {string.Join(", ", MetricNames.All)}.", nameof(metricName));
}
