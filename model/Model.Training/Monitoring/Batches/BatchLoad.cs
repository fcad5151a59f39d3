using Mlops.Model.Training.Data;
using Mlops.Model.Training.Monitoring.Checks;

namespace Mlops.Model.Training.Monitoring.Batches;

/// <summary>A batch as loaded for monitoring: the table (null when its schema is wrong), the schema check and the file's SHA-256.</summary>
public sealed record BatchLoad(string Path, ColumnTable? Table, MonitorCheck Schema, string Fingerprint)
{
    public bool IsUsable => Table is not null;
}
