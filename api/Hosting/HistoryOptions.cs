using Mlops.Model.History;

namespace Mlops.Api.Hosting;

/// <summary>
/// Where the run history is (section "History"): a PostgreSQL connection string, or the path of the build's SQLite
/// file. Neither set: the API has no history to show. The API only ever reads it, over a read-only connection.
/// </summary>
public sealed class HistoryOptions
{
    public const string Section = "History";

    public string? PostgresConnection { get; set; }

    public string? SqlitePath { get; set; }

    /// <summary>The store to read, or null when none is configured.</summary>
    public HistoryLocation? Location() =>
        !string.IsNullOrWhiteSpace(PostgresConnection) ? HistoryLocation.Postgres(PostgresConnection, $"{Section}:{nameof(PostgresConnection)}")
        : !string.IsNullOrWhiteSpace(SqlitePath) ? HistoryLocation.Sqlite(SqlitePath)
        : null;
}
