namespace Mlops.Model.Cards;

/// <summary>
/// The gate's verdict as packed with the model, so the registry answers "why was this model let through":
/// status passed, first_model, failed (only in dry-run mode) or overridden (with the reason).
/// </summary>
public sealed record GateRecord(
    string Status,
    string Mode,
    IReadOnlyList<GateRecordCheck> Checks,
    string? ChampionVersion = null,
    string? OverrideReason = null);

public sealed record GateRecordCheck(string Check, string Value, string Bound, bool Passed);
