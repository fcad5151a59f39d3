using System.Data.Common;
using Mlops.Model.History.Records;
using Mlops.Model.History.Storage;
using Mlops.Model.Profiles;

namespace Mlops.Model.History;

/// <summary>
/// The run-history store, written by the build: opening it applies the pending schema migrations. Every write of
/// several rows is one transaction, so a reader never sees half a verdict.
/// </summary>
public sealed class HistoryStore : IDisposable
{
    private readonly DbConnection connection;

    private HistoryStore(HistoryLocation location, DbConnection connection, int schemaVersion)
    {
        Location = location;
        this.connection = connection;
        SchemaVersion = schemaVersion;
    }

    public HistoryLocation Location { get; }

    public int SchemaVersion { get; }

    public static HistoryStore Open(HistoryLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var connection = HistoryConnections.Open(location, readOnly: false);
        try
        {
            var version = SchemaMigrator.Migrate(connection, location.Provider, HistoryMigrations.All, location.Describe());
            return new HistoryStore(location, connection, version);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void StartRun(RunStart run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Write(write => write(
            "INSERT INTO runs (run_id, model_id, target, version, commit_sha, run_url, started_at) VALUES (@id, @model, @target, @version, @commit, @url, @at);",
            ("id", run.RunId), ("model", run.ModelId), ("target", run.Target), ("version", run.Version), ("commit", run.Commit), ("url", run.RunUrl), ("at", run.StartedAt)));
    }

    public void FinishRun(string runId, DateTimeOffset at, bool succeeded) =>
        Write(write => write(
            "UPDATE runs SET finished_at = @at, outcome = @outcome WHERE run_id = @id;",
            ("id", runId), ("at", at), ("outcome", succeeded ? "succeeded" : "failed")));

    public void AddStep(string runId, int position, StepTiming step)
    {
        ArgumentNullException.ThrowIfNull(step);
        Write(write => write(
            "INSERT INTO steps (run_id, position, step, started_at, seconds, outcome) VALUES (@id, @position, @step, @at, @seconds, @outcome);",
            ("id", runId), ("position", position), ("step", step.Step), ("at", step.StartedAt), ("seconds", step.Duration.TotalSeconds), ("outcome", step.Outcome.ToString().ToLowerInvariant())));
    }

    /// <summary>The profile's summary: rows and positive rate, and per column the missing count, mean, median, std, min and max.</summary>
    public void AddDataProfile(string runId, string subject, DataProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Write(write =>
        {
            write(
                "INSERT INTO data_sets (run_id, subject, source, row_count, positive_rate) VALUES (@id, @subject, @source, @rows, @rate);",
                ("id", runId), ("subject", subject), ("source", profile.Source), ("rows", profile.Rows), ("rate", profile.Target?.PositiveRate));
            foreach (var column in profile.Columns)
            {
                var summary = column.Summary;
                write(
                    "INSERT INTO data_columns (run_id, subject, column_name, kind, present, missing, mean, median, std, min_value, max_value) "
                    + "VALUES (@id, @subject, @column, @kind, @present, @missing, @mean, @median, @std, @min, @max);",
                    ("id", runId), ("subject", subject), ("column", column.Name), ("kind", column.Kind.ToString().ToLowerInvariant()),
                    ("present", column.Count), ("missing", column.Missing), ("mean", summary?.Mean), ("median", summary?.Median),
                    ("std", summary?.Std), ("min", summary?.Min), ("max", summary?.Max));
            }
        });
    }

    public void AddMetrics(string runId, string subject, IEnumerable<MetricValue> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        Write(write =>
        {
            foreach (var metric in metrics)
            {
                write(
                    "INSERT INTO metrics (run_id, subject, metric, value, lower_bound, upper_bound, limit_min, limit_max) VALUES (@id, @subject, @metric, @value, @lower, @upper, @min, @max);",
                    ("id", runId), ("subject", subject), ("metric", metric.Metric), ("value", metric.Value), ("lower", metric.Lower), ("upper", metric.Upper),
                    ("min", metric.LimitMin), ("max", metric.LimitMax));
            }
        });
    }

    public void AddVerdict(string runId, Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        Write(write =>
        {
            write(
                "INSERT INTO verdicts (run_id, subject, kind, model_version, status, row_count, detail, decided_at) VALUES (@id, @subject, @kind, @version, @status, @rows, @detail, @at);",
                ("id", runId), ("subject", verdict.Subject), ("kind", verdict.Kind), ("version", verdict.ModelVersion), ("status", verdict.Status),
                ("rows", verdict.Rows), ("detail", verdict.Detail), ("at", verdict.At));
            for (var position = 0; position < verdict.Checks.Count; position++)
            {
                var check = verdict.Checks[position];
                write(
                    "INSERT INTO checks (run_id, subject, position, check_name, value, bound, verdict) VALUES (@id, @subject, @position, @name, @value, @bound, @verdict);",
                    ("id", runId), ("subject", verdict.Subject), ("position", position), ("name", check.Name), ("value", check.Value), ("bound", check.Bound), ("verdict", check.Verdict));
            }
        });
    }

    public void AddDrift(string runId, string subject, IEnumerable<FeatureDriftValue> drift)
    {
        ArgumentNullException.ThrowIfNull(drift);
        Write(write =>
        {
            foreach (var feature in drift)
            {
                write(
                    "INSERT INTO drift (run_id, subject, feature, psi, psi_limit, test, test_value, test_limit, drifted) VALUES (@id, @subject, @feature, @psi, @psiLimit, @test, @value, @limit, @drifted);",
                    ("id", runId), ("subject", subject), ("feature", feature.Feature), ("psi", feature.Psi), ("psiLimit", feature.PsiLimit), ("test", feature.Test),
                    ("value", feature.TestValue), ("limit", feature.TestLimit), ("drifted", feature.Drifted));
            }
        });
    }

    public void AddDeployment(string runId, Deployment deployment)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        Write(write => write(
            "INSERT INTO deployments (run_id, environment, model_id, version, target, deployed_at) VALUES (@id, @environment, @model, @version, @target, @at);",
            ("id", runId), ("environment", deployment.Environment), ("model", deployment.ModelId), ("version", deployment.Version), ("target", deployment.Target), ("at", deployment.At)));
    }

    /// <summary>Whether a batch with this content was checked before, under any name.</summary>
    public bool IsBatchProcessed(string sha256) =>
        Query("SELECT COUNT(*) FROM monitor_batches WHERE sha256 = @sha;", reader => reader.ReadInteger(0), ("sha", sha256)).Single() > 0;

    public void AddProcessedBatch(ProcessedBatch batch, string? runId)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Write(write => write(
            "INSERT INTO monitor_batches (sha256, file_name, verdict, processed_at, run_id) VALUES (@sha, @file, @verdict, @at, @id);",
            ("sha", batch.Sha256), ("file", batch.FileName), ("verdict", batch.Verdict), ("at", batch.At), ("id", runId)));
    }

    /// <summary>The model's N-of-M verdict history as the monitor keeps it (its marker text), or null before the first run.</summary>
    public string? AlertHistory(string modelId) =>
        Query("SELECT marker FROM monitor_alert_history WHERE model_id = @model;", reader => reader.GetString(0), ("model", modelId)).SingleOrDefault();

    public void SetAlertHistory(string modelId, string marker, DateTimeOffset at) =>
        Write(write => write(
            "INSERT INTO monitor_alert_history (model_id, marker, updated_at) VALUES (@model, @marker, @at) "
            + "ON CONFLICT (model_id) DO UPDATE SET marker = excluded.marker, updated_at = excluded.updated_at;",
            ("model", modelId), ("marker", marker), ("at", at)));

    public void Dispose() => connection.Dispose();

    private delegate void Statement(string sql, params (string Name, object? Value)[] parameters);

    private void Write(Action<Statement> work)
    {
        using var transaction = connection.BeginTransaction();
        work((sql, parameters) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.AddParameter(name, value);
            }

            command.ExecuteNonQuery();
        });
        transaction.Commit();
    }

    private List<T> Query<T>(string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] parameters) =>
        HistoryQueries.Run(connection, sql, read, parameters);
}
