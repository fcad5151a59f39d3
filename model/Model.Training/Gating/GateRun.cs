using Mlops.Model.Training.Data;
using Mlops.Model.Training.Evaluation;

namespace Mlops.Model.Training.Gating;

/// <summary>
/// Runs the gate for a challenger on the held-out test rows: both models are scored by the same managed
/// code on the same rows, then the thresholds and the paired comparison decide.
/// </summary>
public static class GateRun
{
    public static GateDecision Run(GateSpec spec, ColumnTable test, ScoringModel challenger, Champion? champion, GateOverride request)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(challenger);
        ArgumentNullException.ThrowIfNull(request);
        var labels = test.Labels.ToArray();
        var options = new BootstrapOptions(spec.Champion.Seed, spec.Champion.Resamples, spec.Champion.Confidence);
        var challengerProbabilities = TableScoring.Score(challenger, test);
        var estimates = Bootstrap.Compute(labels, challengerProbabilities, challenger.Threshold, options);
        var championProbabilities = champion is null ? null : TableScoring.Score(champion.Model, test);
        var comparison = champion is null
            ? null
            : new ChampionComparison(
                champion.Version,
                PairedBootstrap.Compare(
                    labels, challengerProbabilities, challenger.Threshold,
                    championProbabilities!, champion.Model.Threshold, options));
        var championEstimates = champion is null ? null : Bootstrap.Compute(labels, championProbabilities!, champion.Model.Threshold, options).Estimates;
        var report = GateEvaluator.Evaluate(spec, estimates, comparison) with { Intervals = new GateIntervals(estimates.Estimates, championEstimates) };
        return GateDecision.Decide(report, spec.Mode, request.Force, request.Reason);
    }
}

/// <summary>The model in production that a challenger must not fall behind.</summary>
public sealed record Champion(string Version, ScoringModel Model);

/// <summary>A forced pass the person running the build asked for (--force-gate), with the reason the card records.</summary>
public sealed record GateOverride(bool Force, string? Reason)
{
    public static GateOverride None { get; } = new(false, null);
}
