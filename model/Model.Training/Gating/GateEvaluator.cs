using Mlops.Model.Training.Evaluation;

namespace Mlops.Model.Training.Gating;

/// <summary>
/// Checks a challenger against every metric bound of the spec and, when there is a champion, against the
/// champion: a compared metric fails only when its whole paired interval lies beyond the tolerance in the
/// worse direction — a real drop, not noise.
/// </summary>
public static class GateEvaluator
{
    public static GateReport Evaluate(GateSpec spec, BootstrapResult challenger, ChampionComparison? champion)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(challenger);
        var checks = spec.Thresholds.Select(bound => CheckBound(bound, challenger.Get(bound.Metric))).ToList();
        if (champion is not null)
        {
            checks.AddRange(spec.Champion.Metrics.Select(metric =>
                CheckAgainstChampion(champion.Comparison.Get(metric), champion.Version, spec.Champion.Tolerance)));
        }

        return new GateReport(checks, champion?.Version, champion?.Comparison.Differences);
    }

    private static GateCheck CheckBound(MetricBound bound, MetricEstimate estimate)
    {
        bound.Validate();
        return new GateCheck(
            bound.Metric,
            Format.Interval(estimate.Value, estimate.Lower, estimate.Upper),
            bound.Describe(),
            bound.Holds(estimate.Value));
    }

    private static GateCheck CheckAgainstChampion(MetricDifference difference, string championVersion, double tolerance)
    {
        var bound = MetricNames.LowerIsBetter(difference.Metric)
            ? $"interval not all above +{Format.Number(tolerance)}"
            : $"interval not all below -{Format.Number(tolerance)}";
        return new GateCheck(
            $"{difference.Metric} vs champion {championVersion} ({Format.Number(difference.ChampionValue)})",
            Format.SignedInterval(difference.Delta, difference.Lower, difference.Upper),
            bound,
            !difference.IsSignificantlyWorse(tolerance));
    }
}

/// <summary>The champion's version and its paired comparison with the challenger on the same rows.</summary>
public sealed record ChampionComparison(string Version, PairedComparison Comparison);
