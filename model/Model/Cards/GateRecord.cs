namespace Mlops.Model.Cards;

/// <summary>
/// The gate's verdict as packed with the model, so the registry answers "why was this model let through":
/// status passed, first_model, failed (only in dry-run mode) or overridden (with the reason), and, against a
/// champion, every metric's challenger − champion difference with its paired interval.
/// </summary>
public sealed record GateRecord(
    string Status,
    string Mode,
    IReadOnlyList<GateRecordCheck> Checks,
    string? ChampionVersion = null,
    string? OverrideReason = null,
    IReadOnlyList<GateRecordDelta>? ChampionDeltas = null);

public sealed record GateRecordCheck(string Check, string Value, string Bound, bool Passed);

/// <summary>One metric of the challenger against the champion on the same test rows: the values, and challenger − champion with its interval.</summary>
public sealed record GateRecordDelta(string Metric, double Challenger, double Champion, double Delta, double Lower, double Upper);
