using Mlops.Model.Cards;

namespace Mlops.Model.Training.Gating;

public static class GateRecords
{
    /// <summary>The decision in the form the model card keeps.</summary>
    public static GateRecord ToRecord(this GateDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new GateRecord(
            StatusName(decision.Status),
            decision.Mode == GateMode.DryRun ? "dry_run" : "enabled",
            [.. decision.Report.Checks.Select(c => new GateRecordCheck(c.Check, c.Value, c.Bound, c.Passed))],
            decision.Report.ChampionVersion,
            decision.OverrideReason,
            decision.Report.ChampionDeltas?.Select(d => new GateRecordDelta(d.Metric, d.ChallengerValue, d.ChampionValue, d.Delta, d.Lower, d.Upper)).ToList());
    }

    public static string StatusName(GateStatus status) => status switch
    {
        GateStatus.Passed => "passed",
        GateStatus.FirstModel => "first_model",
        GateStatus.Failed => "failed",
        GateStatus.Overridden => "overridden",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
