namespace Mlops.Model.Training.Monitoring.Checks;

/// <summary>
/// One row of the monitoring table: the check's stable name (it goes into the fingerprint), the value with
/// its interval where one applies, the bound, and the verdict. A skipped check says why in <see cref="Note"/>.
/// </summary>
public sealed record MonitorCheck(string Name, CheckArea Area, string Value, string Bound, CheckStatus Status, string? Note = null)
{
    public bool Breached => Status == CheckStatus.Breach;

    public string Verdict => Status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Breach => "BREACH",
        _ => "skipped",
    };

    public static MonitorCheck Skipped(string name, CheckArea area, string bound, string why) =>
        new(name, area, "n/a", bound, CheckStatus.Skipped, why);
}

public enum CheckStatus
{
    Pass,
    Breach,
    Skipped,
}

public enum CheckArea
{
    Schema,
    Quality,
    Metric,
    Drift,
    Prediction,
}
