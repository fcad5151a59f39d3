using Mlops.History.Tests.Fixtures;
using Mlops.Model.Features;
using Mlops.Model.History;
using Mlops.Model.History.Queries;
using Mlops.Model.History.Records;
using Mlops.Model.History.Storage;
using Mlops.Model.Profiles;

namespace Mlops.History.Tests;

[Collection(StoreTests.Name)]
public sealed class HistoryStoreTests(Stores stores)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [PostgresFact]
    public void PostgreSQL_server_runs()
    {
        using var store = HistoryStore.Open(stores.Create(Stores.Postgres));

        Assert.Equal(HistoryMigrations.All.Max(m => m.Version), store.SchemaVersion);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public void Opening_applies_each_migration_once_and_keeps_the_data(string kind)
    {
        var location = stores.Create(kind);
        using (var first = HistoryStore.Open(location))
        {
            first.StartRun(Run("run-1", "1.0.0", Start));
        }

        using var again = HistoryStore.Open(location);
        using var reader = HistoryReader.Open(location);

        Assert.Equal(HistoryMigrations.All.Count, CountRows(location, "schema_migrations"));
        Assert.Equal(["run-1"], reader.Read("churn").Runs.Select(r => r.RunId));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public void A_database_migrated_by_a_newer_build_is_refused_with_both_versions(string kind)
    {
        var location = stores.Create(kind);
        HistoryStore.Open(location).Dispose();
        using (var connection = HistoryConnections.Open(location, readOnly: false))
        {
            HistoryConnections.Execute(connection, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01T00:00:00Z');");
        }

        var error = Assert.Throws<HistoryStoreException>(() => HistoryStore.Open(location));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains($"({HistoryMigrations.All.Max(m => m.Version)})", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public void A_release_and_a_monitor_run_read_back_with_every_fact(string kind)
    {
        var location = stores.Create(kind);
        using (var store = HistoryStore.Open(location))
        {
            RecordRelease(store, "run-1", "1.0.0", Start, rocAuc: 0.81);
            RecordMonitorRun(store, "run-2", Start.AddDays(1));
        }

        using var reader = HistoryReader.Open(location);
        var history = reader.Read("churn");

        var version = Assert.Single(history.Versions);
        Assert.Equal(("1.0.0", "abc123", "passed"), (version.Version, version.Commit, version.GateStatus));
        Assert.Equal(new MetricValue("roc_auc", 0.81, 0.81 - 0.03, 0.81 + 0.03), Assert.Single(version.Metrics));
        var monitor = Assert.Single(history.MonitorRuns);
        Assert.Equal(("batch-7.csv", "1.0.0", "BREACH", 400L), (monitor.Batch, monitor.ModelVersion, monitor.Verdict, monitor.Rows));
        Assert.Equal(["drift:tenure_months"], monitor.Breached);
        var metric = Assert.Single(monitor.Metrics);
        Assert.Equal((0.7, 0.65, 0.75, (double?)0.72, (double?)null), (metric.Value, metric.Lower, metric.Upper, metric.LimitMin, metric.LimitMax));
        Assert.Equal([("tenure_months", true), ("plan", false)], monitor.Drift.OrderByDescending(d => d.Feature).Select(d => (d.Feature, d.Drifted)));
        Assert.True(double.IsNaN(monitor.Drift.Single(d => d.Feature == "plan").TestValue), "an undefined test value reads back as NaN");
        Assert.Equal([("production", "1.0.0")], history.Deployments.Select(d => (d.Environment, d.Version)));
        var release = history.Runs[0];
        Assert.Equal(("Release", "succeeded"), (release.Target, release.Outcome));
        Assert.Equal(["Data", "Train"], release.Steps.Select(s => s.Step));
        Assert.Equal(2.5, release.Steps[1].Duration.TotalSeconds, 6);
        Assert.Equal(1000, release.Data!.Rows);
        Assert.Equal((3L, 41.5, 40.0, 12.0), release.Data.Columns.Select(c => (c.Missing, c.Mean!.Value, c.Median!.Value, c.Std!.Value)).Single());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public void A_version_evaluated_twice_shows_its_newest_evaluation(string kind)
    {
        var location = stores.Create(kind);
        using (var store = HistoryStore.Open(location))
        {
            RecordRelease(store, "run-1", "1.0.0", Start, rocAuc: 0.70);
            RecordRelease(store, "run-2", "1.0.0", Start.AddHours(1), rocAuc: 0.80);
            RecordRelease(store, "run-3", "1.1.0", Start.AddHours(2), rocAuc: 0.85);
        }

        using var reader = HistoryReader.Open(location);

        Assert.Equal([("1.0.0", 0.80), ("1.1.0", 0.85)], reader.Read("churn").Versions.Select(v => (v.Version, v.Metrics[0].Value)));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public void The_monitor_ledger_remembers_batches_by_content_and_the_alert_history_per_model(string kind)
    {
        var location = stores.Create(kind);
        using (var store = HistoryStore.Open(location))
        {
            Assert.False(store.IsBatchProcessed("sha-a"));
            Assert.Null(store.AlertHistory("churn"));
            store.AddProcessedBatch(new ProcessedBatch("a.csv", "sha-a", "HEALTHY", Start), runId: null);
            store.SetAlertHistory("churn", "<!-- mlops:history=B -->", Start);
            store.SetAlertHistory("churn", "<!-- mlops:history=B,H -->", Start.AddDays(1));
        }

        using var reopened = HistoryStore.Open(location);

        Assert.True(reopened.IsBatchProcessed("sha-a"));
        Assert.False(reopened.IsBatchProcessed("sha-b"));
        Assert.Equal("<!-- mlops:history=B,H -->", reopened.AlertHistory("churn"));
        Assert.Null(reopened.AlertHistory("another-model"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public void The_read_only_connection_refuses_writes(string kind)
    {
        var location = stores.Create(kind);
        HistoryStore.Open(location).Dispose();
        using var connection = HistoryConnections.Open(location, readOnly: true);

        Assert.ThrowsAny<System.Data.Common.DbException>(() => HistoryConnections.Execute(connection, "DELETE FROM runs;"));
    }

    [Fact]
    public void A_store_that_does_not_exist_reads_as_empty_and_is_not_created()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"mlops-history-absent-{Guid.NewGuid():N}");
        using var reader = HistoryReader.Open(HistoryLocation.Sqlite(Path.Combine(folder, "history.db")));

        Assert.Empty(reader.Read("churn").Runs);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_connection_string_is_described_without_its_password()
    {
        var location = HistoryLocation.Postgres("Host=db.example;Port=5433;Database=runs;Username=ci;Password=hunter2", "HISTORY_POSTGRES");

        Assert.Equal("PostgreSQL database runs on db.example:5433", location.Describe());
        Assert.DoesNotContain("hunter2", location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_names_the_setting_and_not_its_value()
    {
        var error = Assert.Throws<ArgumentException>(() => HistoryLocation.Postgres("Host=db;Passwrd=hunter2;=oops", "HISTORY_POSTGRES"));

        Assert.Contains("HISTORY_POSTGRES", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }

    private static RunStart Run(string id, string version, DateTimeOffset at) => new(id, "churn", "Release", version, "abc123", $"https://github.com/o/r/actions/runs/{id}", at);

    private static void RecordRelease(HistoryStore store, string runId, string version, DateTimeOffset at, double rocAuc)
    {
        store.StartRun(Run(runId, version, at));
        store.AddStep(runId, 0, new StepTiming("Data", at, TimeSpan.FromSeconds(1), StepOutcome.Succeeded));
        store.AddStep(runId, 1, new StepTiming("Train", at.AddSeconds(1), TimeSpan.FromSeconds(2.5), StepOutcome.Succeeded));
        store.AddDataProfile(runId, Subjects.Data, Profile());
        store.AddMetrics(runId, Subjects.Test, [new MetricValue("roc_auc", rocAuc, rocAuc - 0.03, rocAuc + 0.03)]);
        store.AddVerdict(runId, new Verdict(Subjects.Gate, Subjects.GateKind, version, "passed", 200, null, at, [new VerdictCheck("roc_auc", "0.81", "≥ 0.7", "pass")]));
        store.AddDeployment(runId, new Deployment("production", "churn", version, "local", at));
        store.FinishRun(runId, at.AddMinutes(1), succeeded: true);
    }

    private static void RecordMonitorRun(HistoryStore store, string runId, DateTimeOffset at)
    {
        store.StartRun(Run(runId, "1.1.0", at) with { Target = "Monitor" });
        store.AddMetrics(runId, "batch-7.csv", [new MetricValue("roc_auc", 0.7, 0.65, 0.75, 0.72)]);
        store.AddVerdict(runId, new Verdict("batch-7.csv", Subjects.MonitorKind, "1.0.0", "BREACH", 400, null, at,
            [new VerdictCheck("metric:roc_auc", "0.7", "≥ 0.72", "pass"), new VerdictCheck("drift:tenure_months", "PSI 0.4", "≤ 0.2", "BREACH")]));
        store.AddDrift(runId, "batch-7.csv", [
            new FeatureDriftValue("tenure_months", 0.4, 0.2, "ks", 0.001, 0.01, true),
            new FeatureDriftValue("plan", 0.01, 0.2, "chi2", double.NaN, 0.01, false)]);
        store.FinishRun(runId, at.AddMinutes(1), succeeded: true);
    }

    private static DataProfile Profile() => new()
    {
        Source = "data/churn.csv",
        Rows = 1000,
        Target = new TargetProfile("churned", "yes", 250, 0.25),
        Columns = [new ColumnProfile { Name = "tenure_months", Kind = FeatureKind.Numeric, Count = 997, Missing = 3, Summary = new NumericSummary(41.5, 12, 1, 72, 40, new Dictionary<string, double>()) }],
    };

    private static long CountRows(HistoryLocation location, string table)
    {
        using var connection = HistoryConnections.Open(location, readOnly: true);
        return HistoryQueries.Run(connection, $"SELECT COUNT(*) FROM {table};", reader => reader.ReadInteger(0)).Single();
    }
}
