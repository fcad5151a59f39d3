using Mlops.Model.Features;
using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.Batches;
using Mlops.Model.Training.Profiling;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Tests.Monitoring;

/// <summary>
/// A trained world for monitoring tests: the repository's spec, the profile of generated training data, a stand-in
/// scorer with its reference probability histogram, and generated batches (shifted or not) written as CSV files.
/// </summary>
public sealed class MonitoringWorld : IDisposable
{
    private const int TrainingRows = 12_000;

    public MonitoringWorld()
    {
        Directory.CreateDirectory(Folder);
        Spec = SpecLoader.Load(RepositoryFiles.PathOf("model/spec.json"));
        // The repository's metric bounds fit the trained booster; the stand-in scorer ranks worse (ROC AUC about 0.75).
        Monitoring = Spec.Monitoring with { Metrics = [new(MetricNames.RocAuc, Min: 0.65), new(MetricNames.LogLoss, Max: 0.65)] };
        var training = Path.Combine(Folder, "training.csv");
        ChurnGenerator.WriteFile(training, new ChurnDataOptions { Rows = TrainingRows, Seed = 7 });
        var table = CsvTableLoader.Load(training, Spec).Table;
        Profile = DataProfiler.Profile(table, Spec.Target.PositiveClass, new ProfileOptions { TopK = Spec.CategoriesTopK });
        var probabilities = new NumericColumn("probability", FeatureKind.Numeric, [.. StandInScorer.Score(table)]);
        ReferencePredictions = DataProfiler.ProfileColumn(probabilities, new ProfileOptions()).Histogram!;
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "monitoring-tests-" + Guid.NewGuid().ToString("N"));

    public ModelSpec Spec { get; }

    /// <summary>The repository's monitoring section with metric bounds for the stand-in scorer.</summary>
    public MonitoringSpec Monitoring { get; }

    public DataProfile Profile { get; }

    public Histogram ReferencePredictions { get; }

    public string WriteBatch(int rows, int seed, ChurnShift? shift = null)
    {
        var path = Path.Combine(Folder, $"batch-{seed}-{rows}-{Guid.NewGuid():N}.csv");
        ChurnGenerator.WriteFile(path, new ChurnDataOptions { Rows = rows, Seed = seed, Shift = shift ?? ChurnShift.None });
        return path;
    }

    /// <summary>Rewrites one column of a batch file: <paramref name="edit"/> gets the data row's index (from 0) and the field.</summary>
    public static void EditColumn(string path, string column, Func<int, string, string> edit)
    {
        var lines = File.ReadAllLines(path);
        var index = Array.IndexOf(lines[0].Split(','), column);
        File.WriteAllLines(path, lines.Select((line, i) => i == 0 ? line : string.Join(',', line.Split(',').Select((field, f) => f == index ? edit(i - 1, field) : field))));
    }

    public ColumnTable LoadBatch(string path) => BatchLoader.LoadRows(path, Spec).Table;

    public MonitorInput Input(ColumnTable batch, MonitoringSpec? spec = null, bool withReferencePredictions = true) =>
        new(Profile, batch, StandInScorer.Score(batch), StandInScorer.Threshold, withReferencePredictions ? ReferencePredictions : null, spec ?? Monitoring, Spec.Columns);

    public MonitorResult Evaluate(int rows, int seed, ChurnShift? shift = null, MonitoringSpec? spec = null) =>
        MonitorEngine.Evaluate(Input(LoadBatch(WriteBatch(rows, seed, shift)), spec));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
