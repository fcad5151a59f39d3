using System.Data.Common;
using Microsoft.Data.Sqlite;
using Mlops.Model.History.Records;
using Mlops.Model.History.Storage;

namespace Mlops.Model.History.Queries;

/// <summary>
/// Reads a model's history over a read-only connection (the API's and the History target's): it never creates or
/// migrates anything. A store that does not exist yet reads as an empty history.
/// </summary>
public sealed class HistoryReader : IDisposable
{
    private readonly DbConnection? connection;
    private readonly string store;

    private HistoryReader(DbConnection? connection, string store)
    {
        this.connection = connection;
        this.store = store;
    }

    public static HistoryReader Open(HistoryLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.Provider == HistoryProvider.Sqlite && !File.Exists(new SqliteConnectionStringBuilder(location.ConnectionString).DataSource))
        {
            return new HistoryReader(null, location.Describe());
        }

        var connection = HistoryConnections.Open(location, readOnly: true);
        if (HasSchema(connection))
        {
            return new HistoryReader(connection, location.Describe());
        }

        connection.Dispose();
        return new HistoryReader(null, location.Describe());
    }

    public ModelHistory Read(string modelId, int monitorRuns = 20, int runs = 20)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        if (connection is null)
        {
            return ModelHistory.Empty(modelId, store);
        }

        return new ModelHistory(modelId, store, Versions(modelId), MonitorRuns(modelId, monitorRuns), Deployments(modelId), Runs(modelId, runs));
    }

    public void Dispose() => connection?.Dispose();

    private static bool HasSchema(DbConnection connection)
    {
        try
        {
            return SchemaMigrator.AppliedVersion(connection) > 0;
        }
        catch (DbException)
        {
            return false; // no schema_migrations table: nothing was ever recorded here
        }
    }

    private List<VersionHistory> Versions(string modelId)
    {
        var metrics = Query(
            "SELECT r.run_id, r.version, r.commit_sha, r.run_url, r.started_at, m.metric, m.value, m.lower_bound, m.upper_bound "
            + "FROM runs r JOIN metrics m ON m.run_id = r.run_id WHERE r.model_id = @model AND m.subject = @subject ORDER BY r.started_at, m.metric;",
            reader => (Run: reader.GetString(0), Version: reader.GetString(1), Commit: reader.GetString(2), Url: reader.ReadOptionalText(3), At: reader.ReadTime(4), Metric: ReadMetric(reader, 5)),
            ("model", modelId), ("subject", Subjects.Test));
        var gates = Query(
            "SELECT v.run_id, v.status, v.detail FROM verdicts v JOIN runs r ON r.run_id = v.run_id WHERE r.model_id = @model AND v.kind = @kind;",
            reader => (Run: reader.GetString(0), Status: reader.GetString(1), Detail: reader.ReadOptionalText(2)),
            ("model", modelId), ("kind", Subjects.GateKind)).ToDictionary(gate => gate.Run);
        return [.. metrics
            .GroupBy(row => row.Run)
            .Select(run => (First: run.First(), Metrics: run.Select(row => row.Metric).ToList()))
            .GroupBy(run => run.First.Version)
            .Select(version => version.MaxBy(run => run.First.At))
            .OrderBy(run => run.First.At)
            .Select(run => new VersionHistory(
                run.First.Version, run.First.Commit, run.First.At, run.First.Url, run.Metrics,
                gates.TryGetValue(run.First.Run, out var gate) ? gate.Status : null,
                gates.TryGetValue(run.First.Run, out var detail) ? detail.Detail : null))];
    }

    private List<MonitorRunHistory> MonitorRuns(string modelId, int limit)
    {
        var verdicts = Query(
            "SELECT v.run_id, v.subject, v.model_version, v.status, v.row_count, v.decided_at, r.commit_sha, r.run_url "
            + "FROM verdicts v JOIN runs r ON r.run_id = v.run_id WHERE r.model_id = @model AND v.kind = @kind ORDER BY v.decided_at DESC LIMIT @limit;",
            reader => (Run: reader.GetString(0), Subject: reader.GetString(1), Version: reader.GetString(2), Status: reader.GetString(3),
                Rows: reader.IsDBNull(4) ? (long?)null : reader.ReadInteger(4), At: reader.ReadTime(5), Commit: reader.GetString(6), Url: reader.ReadOptionalText(7)),
            ("model", modelId), ("kind", Subjects.MonitorKind), ("limit", limit));
        return [.. verdicts.Select(v => new MonitorRunHistory(
            v.At, v.Subject, v.Version, v.Status, v.Rows, v.Commit, v.Url,
            Query("SELECT metric, value, lower_bound, upper_bound, limit_min, limit_max FROM metrics WHERE run_id = @run AND subject = @subject ORDER BY metric;",
                reader => ReadMetric(reader, 0), ("run", v.Run), ("subject", v.Subject)),
            Query("SELECT check_name FROM checks WHERE run_id = @run AND subject = @subject AND verdict = @breach ORDER BY check_name;",
                reader => reader.GetString(0), ("run", v.Run), ("subject", v.Subject), ("breach", "BREACH")),
            Query("SELECT feature, psi, psi_limit, test, test_value, test_limit, drifted FROM drift WHERE run_id = @run AND subject = @subject ORDER BY feature;",
                ReadDrift, ("run", v.Run), ("subject", v.Subject))))
            .Reverse()];
    }

    private List<DeploymentHistory> Deployments(string modelId) => Query(
        "SELECT d.environment, d.version, d.deployed_at, d.target, r.commit_sha, r.run_url FROM deployments d JOIN runs r ON r.run_id = d.run_id "
        + "WHERE d.model_id = @model ORDER BY d.deployed_at;",
        reader => new DeploymentHistory(reader.GetString(0), reader.GetString(1), reader.ReadTime(2), reader.GetString(3), reader.GetString(4), reader.ReadOptionalText(5)),
        ("model", modelId));

    private List<RunHistory> Runs(string modelId, int limit)
    {
        var runs = Query(
            "SELECT run_id, target, version, commit_sha, run_url, started_at, outcome FROM runs WHERE model_id = @model ORDER BY started_at DESC LIMIT @limit;",
            reader => (Id: reader.GetString(0), Target: reader.GetString(1), Version: reader.GetString(2), Commit: reader.GetString(3),
                Url: reader.ReadOptionalText(4), At: reader.ReadTime(5), Outcome: reader.ReadOptionalText(6)),
            ("model", modelId), ("limit", limit));
        return [.. runs.Select(run => new RunHistory(run.Id, run.Target, run.Version, run.Commit, run.Url, run.At, run.Outcome, Steps(run.Id), DataSet(run.Id))).Reverse()];
    }

    private List<StepTiming> Steps(string runId) => Query(
        "SELECT step, started_at, seconds, outcome FROM steps WHERE run_id = @run ORDER BY position;",
        reader => new StepTiming(reader.GetString(0), reader.ReadTime(1), TimeSpan.FromSeconds(reader.ReadNumber(2)), Enum.Parse<StepOutcome>(reader.GetString(3), ignoreCase: true)),
        ("run", runId));

    private DataSetHistory? DataSet(string runId)
    {
        var columns = Query(
            "SELECT column_name, kind, present, missing, mean, median, std, min_value, max_value FROM data_columns WHERE run_id = @run AND subject = @subject ORDER BY column_name;",
            reader => new ColumnHistory(reader.GetString(0), reader.GetString(1), reader.ReadInteger(2), reader.ReadInteger(3), reader.ReadOptionalNumber(4),
                reader.ReadOptionalNumber(5), reader.ReadOptionalNumber(6), reader.ReadOptionalNumber(7), reader.ReadOptionalNumber(8)),
            ("run", runId), ("subject", Subjects.Data));
        return Query(
            "SELECT source, row_count, positive_rate FROM data_sets WHERE run_id = @run AND subject = @subject;",
            reader => new DataSetHistory(reader.GetString(0), reader.ReadInteger(1), reader.ReadOptionalNumber(2), columns),
            ("run", runId), ("subject", Subjects.Data)).SingleOrDefault();
    }

    private static MetricValue ReadMetric(DbDataReader reader, int first) => new(
        reader.GetString(first),
        reader.ReadNumber(first + 1),
        reader.ReadNumber(first + 2),
        reader.ReadNumber(first + 3),
        reader.FieldCount > first + 5 ? reader.ReadOptionalNumber(first + 4) : null,
        reader.FieldCount > first + 5 ? reader.ReadOptionalNumber(first + 5) : null);

    private static FeatureDriftValue ReadDrift(DbDataReader reader) => new(
        reader.GetString(0), reader.ReadNumber(1), reader.ReadNumber(2), reader.GetString(3), reader.ReadNumber(4), reader.ReadNumber(5), reader.ReadInteger(6) != 0);

    private List<T> Query<T>(string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] parameters) =>
        HistoryQueries.Run(connection!, sql, read, parameters);
}
