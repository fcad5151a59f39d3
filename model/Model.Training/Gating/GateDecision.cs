namespace Mlops.Model.Training.Gating;

/// <summary>What the gate lets through, after the mode and an explicit override are applied.</summary>
public sealed record GateDecision(GateStatus Status, GateMode Mode, string? OverrideReason, GateReport Report)
{
    /// <summary>Whether the build must stop here: a failed gate in the enabled mode without an override.</summary>
    public bool FailsBuild => Status == GateStatus.Failed && Mode == GateMode.Enabled;

    /// <summary>
    /// Applies the mode and the override. A forced gate needs a reason, which the model card records; forcing a
    /// gate that passed changes nothing.
    /// </summary>
    public static GateDecision Decide(GateReport report, GateMode mode, bool force, string? reason)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (force && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("--force-gate lets a failing model through only with a reason: add --reason=\"…\".");
        }

        var status = (report.Passed, force) switch
        {
            (true, _) when !report.HasChampion => GateStatus.FirstModel,
            (true, _) => GateStatus.Passed,
            (false, true) => GateStatus.Overridden,
            (false, false) => GateStatus.Failed,
        };
        return new GateDecision(status, mode, status == GateStatus.Overridden ? reason : null, report);
    }
}

public enum GateStatus
{
    Passed,
    FirstModel,
    Failed,
    Overridden,
}
