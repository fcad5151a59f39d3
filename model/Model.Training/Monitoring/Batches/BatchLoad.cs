using Mlops.Model.Training.Data;
using Mlops.Model.Training.Monitoring.Checks;

namespace Mlops.Model.Training.Monitoring.Batches;

/// <summary>
/// A batch as loaded for monitoring: the table (null when its schema is wrong or it is too small), the schema check,
/// the file's SHA-256, and why the data is insufficient when it is.
/// </summary>
public sealed record BatchLoad(string Path, ColumnTable? Table, MonitorCheck Schema, string Fingerprint)
{
    public string? InsufficientData { get; init; }

    public bool IsUsable => Table is not null;
}
