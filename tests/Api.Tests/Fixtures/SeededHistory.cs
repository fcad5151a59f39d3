using Mlops.Model.History;
using Mlops.Model.History.Records;

namespace Mlops.Api.Tests.Fixtures;

/// <summary>
/// A run-history SQLite file written by the store itself, for the test model: two evaluated versions, three monitor
/// runs on batches (roc_auc with intervals against a bound of 0.7; tenure_months drifting in the third), and the
/// versions' deployments to staging and production.
/// </summary>
public sealed class SeededHistory : IDisposable
{
    public const double RocAucMin = 0.7;
    public const double PsiLimit = 0.2;

    private static readonly DateTimeOffset Start = new(2026, 11, 1, 6, 0, 0, TimeSpan.Zero);

    private readonly string folder = Directory.CreateTempSubdirectory("mlops-api-history-").FullName;

    public SeededHistory()
    {
        using var store = HistoryStore.Open(HistoryLocation.Sqlite(Path));
        Release(store, "r1", "1.0.0", Start, ["staging", "production"]);
        Release(store, "r2", "1.1.0", Start.AddDays(5), ["staging"]);
        for (var i = 0; i < Batches.Count; i++)
        {
            Monitor(store, $"m{i}", Batches[i], Start.AddDays(i + 1));
        }
    }

    public string Path => System.IO.Path.Combine(folder, "history.db");

    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["History:SqlitePath"] = Path };

    /// <summary>Each monitor run: its batch, roc_auc with its interval, and the PSI of tenure_months and plan.</summary>
    public static IReadOnlyList<(string Batch, double RocAuc, double Lower, double Upper, double TenurePsi, double PlanPsi)> Batches { get; } =
    [
        ("week-1.csv", 0.84, 0.80, 0.88, 0.02, 0.01),
        ("week-2.csv", 0.78, 0.73, 0.83, 0.09, 0.03),
        ("week-3.csv", 0.66, 0.61, 0.69, 0.41, 0.02),
    ];

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static void Release(HistoryStore store, string run, string version, DateTimeOffset at, string[] environments)
    {
        store.StartRun(new RunStart(run, TestModel.Card.ModelId, "Release", version, "c0ffee", null, at));
        store.AddMetrics(run, Subjects.Test, [new MetricValue("roc_auc", 0.85, 0.83, 0.87)]);
        store.AddVerdict(run, new Verdict(Subjects.Gate, Subjects.GateKind, version, "passed", 500, null, at, []));
        foreach (var (environment, index) in environments.Select((e, i) => (e, i)))
        {
            store.AddDeployment(run, new Deployment(environment, TestModel.Card.ModelId, version, "Local", at.AddMinutes(index)));
        }

        store.FinishRun(run, at.AddMinutes(5), succeeded: true);
    }

    private static void Monitor(HistoryStore store, string run, (string Batch, double RocAuc, double Lower, double Upper, double TenurePsi, double PlanPsi) batch, DateTimeOffset at)
    {
        store.StartRun(new RunStart(run, TestModel.Card.ModelId, "Monitor", "1.1.0", "c0ffee", null, at));
        var drifted = batch.TenurePsi > PsiLimit;
        store.AddVerdict(run, new Verdict(batch.Batch, Subjects.MonitorKind, "1.0.0", drifted ? "BREACH" : "healthy", 400, null, at,
            [new VerdictCheck("drift:tenure_months", $"PSI {batch.TenurePsi}", $"≤ {PsiLimit}", drifted ? "BREACH" : "pass")]));
        store.AddMetrics(run, batch.Batch, [new MetricValue("roc_auc", batch.RocAuc, batch.Lower, batch.Upper, RocAucMin)]);
        store.AddDrift(run, batch.Batch, [
            new FeatureDriftValue("tenure_months", batch.TenurePsi, PsiLimit, "ks", 0.5, 0.01, drifted),
            new FeatureDriftValue("plan", batch.PlanPsi, PsiLimit, "chi2", 0.5, 0.01, false)]);
        store.FinishRun(run, at.AddMinutes(1), succeeded: true);
    }
}
