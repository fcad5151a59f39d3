using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Gating;

namespace Mlops.Model.Training.Monitoring.Checks;

/// <summary>
/// A spec metric on the batch with its bootstrap interval. It breaches only when the whole interval lies beyond the
/// bound: on a few hundred rows a point value below the bound is often noise, and a false alarm costs trust.
/// </summary>
public sealed record MetricCheck(MetricBound Bound, MetricEstimate Estimate)
{
    public bool IsDefined => !double.IsNaN(Estimate.Lower) && !double.IsNaN(Estimate.Upper);

    public bool Breached => IsDefined && (Estimate.Upper < Bound.Min || Estimate.Lower > Bound.Max);

    public MonitorCheck ToCheck() => IsDefined
        ? new MonitorCheck(
            CheckNames.Metric(Bound.Metric),
            CheckArea.Metric,
            Format.Interval(Estimate.Value, Estimate.Lower, Estimate.Upper),
            Bound.Describe(),
            Breached ? CheckStatus.Breach : CheckStatus.Pass)
        : MonitorCheck.Skipped(CheckNames.Metric(Bound.Metric), CheckArea.Metric, Bound.Describe(), "undefined on this batch (one class only)");

    public static IReadOnlyList<MetricCheck> Run(IReadOnlyList<int> labels, IReadOnlyList<double> probabilities, double threshold, MonitoringSpec spec)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(spec);
        foreach (var bound in spec.Metrics)
        {
            bound.Validate();
        }

        var result = Bootstrap.Compute([.. labels], [.. probabilities], threshold, new BootstrapOptions(spec.Seed, spec.Resamples));
        return [.. spec.Metrics.Select(bound => new MetricCheck(bound, result.Get(bound.Metric)))];
    }
}
