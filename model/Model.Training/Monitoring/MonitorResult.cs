using Mlops.Model.Training.Monitoring.Checks;

namespace Mlops.Model.Training.Monitoring;

/// <summary>The verdict of one run and everything behind it: every check row, the drift per feature, the metrics.</summary>
public sealed record MonitorResult(
    MonitorStatus Status,
    int Rows,
    IReadOnlyList<MonitorCheck> Checks,
    IReadOnlyList<FeatureDrift> Drift,
    IReadOnlyList<MetricCheck> Metrics,
    double DriftShare,
    IReadOnlyList<string> Notes)
{
    /// <summary>The names of the breached checks, sorted: with the model id they make the fingerprint.</summary>
    public IReadOnlyList<string> BreachedChecks =>
        [.. Checks.Where(c => c.Breached).Select(c => c.Name).Order(StringComparer.Ordinal)];

    public bool HasDrift => BreachedChecks.Any(CheckNames.IsDrift);

    /// <summary>Too little data to judge: nothing is claimed, no issue is opened, updated or closed.</summary>
    public static MonitorResult InsufficientData(int rows, string why) =>
        new(MonitorStatus.InsufficientData, rows, [], [], [], double.NaN, [why]);

    public static MonitorResult SchemaFailure(IReadOnlyList<MonitorCheck> schemaChecks, string why) =>
        new(MonitorStatus.Breach, 0, schemaChecks, [], [], double.NaN, [why]);
}

public enum MonitorStatus
{
    Healthy,
    Breach,

    /// <summary>Too few rows to claim drift or a regression either way.</summary>
    InsufficientData,
}
