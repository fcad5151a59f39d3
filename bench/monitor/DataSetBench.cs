using System.Globalization;
using Mlops.Model.Features;
using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Profiling;
using Mlops.Model.Training.Spec;

namespace Mlops.Bench.Monitor;

/// <summary>
/// One data set under its spec: the rows shuffled once and cut into train (50 %: the model and the reference profile),
/// validation (10 %: early stopping), test (10 %: the reference of the prediction drift) and a pool (30 %) that batches
/// are drawn from without replacement, so an unshifted batch is a fresh sample of the data the model was built on.
/// </summary>
internal sealed class DataSetBench
{
    private const double Shift = 0.5;
    private const double FlippedPositives = 0.2;
    private const int Seed = 7_340_117;

    private readonly ModelSpec spec;
    private readonly ColumnTable pool;
    private readonly DataProfile profile;
    private readonly BenchModel model;
    private readonly Histogram referencePredictions;
    private readonly IReadOnlyList<string> shiftable;
    private readonly string name;
    private readonly string testMetrics;

    private DataSetBench(string name, ModelSpec spec, ColumnTable test, ColumnTable pool, DataProfile profile, BenchModel model)
    {
        (this.name, this.spec, this.pool, this.profile, this.model) = (name, spec, pool, profile, model);
        var testScores = model.Score(test);
        referencePredictions = DataProfiler.ProfileColumn(new NumericColumn("probability", FeatureKind.Numeric, testScores), new ProfileOptions()).Histogram!;
        shiftable = [.. spec.Columns.Where(c => c.Kind == FeatureKind.Numeric).Select(c => c.Name).OrderByDescending(c => model.GainByColumn[c]).Take(3)];
        var metrics = Bootstrap.Compute([.. test.Labels], testScores, 0.5, new BootstrapOptions(spec.Monitoring.Seed, 2));
        testMetrics = string.Join(", ", spec.Monitoring.Metrics.Select(b => $"{b.Metric} {metrics.Get(b.Metric).Value:0.###} (bound {b.Describe()})"));
    }

    public static DataSetBench Prepare(string specPath, string repositoryRoot)
    {
        var spec = SpecLoader.Load(specPath);
        var table = CsvTableLoader.Load(DataStep.EnsureDataFile(spec, repositoryRoot), spec).Table;
        var order = Enumerable.Range(0, table.RowCount).ToArray();
        new Random(Seeds.Mix(Seed, 0)).Shuffle(order);
        var cut = (int Share) => order.Length * Share / 100;
        var (train, validation, test, pool) = (table.Take(order[..cut(50)]), table.Take(order[cut(50)..cut(60)]), table.Take(order[cut(60)..cut(70)]), table.Take(order[cut(70)..]));
        var profile = DataProfiler.Profile(train, spec.Target.PositiveClass, new ProfileOptions { TopK = spec.CategoriesTopK });
        return new DataSetBench(Path.GetFileNameWithoutExtension(spec.Data.Path), spec, test, pool, profile, BenchModel.Train(spec, profile, train, validation));
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{name}: {profile.Rows} training rows, {pool.RowCount} in the batch pool, {spec.Columns.Count} columns, {profile.Target!.PositiveRate:P0} positive; test split: {testMetrics}; shifted: {string.Join(", ", shiftable)}");

    public IEnumerable<CaseResult> Run(int rows, int batches, Action<string> log)
    {
        if (rows > pool.RowCount)
        {
            log($"{name}: the pool has {pool.RowCount} rows, fewer than {rows}: skipped.");
            yield break;
        }

        var clean = Judge("unshifted", BenchCaseKind.FalseAlarm, rows, batches, 0, (batch, _) => batch);
        yield return clean;
        for (var i = 0; i < shiftable.Count; i++)
        {
            var feature = shiftable[i];
            var delta = Shift * profile.Find(feature)!.Summary!.Std;
            yield return Judge($"+0.5 σ {feature}", BenchCaseKind.Detection, rows, batches, 1000 * (i + 1), (batch, _) => Shifted(batch, feature, delta));
        }

        var noisy = Judge("20 % positives flipped", BenchCaseKind.Detection, rows, batches, 9000, FlipPositives);
        yield return noisy with { Note = LabelNoise.Describe(clean.Metrics, noisy.Metrics, spec.Monitoring.Metrics) };
    }

    private CaseResult Judge(string label, BenchCaseKind kind, int rows, int batches, int seedOffset, Func<ColumnTable, Random, ColumnTable> change)
    {
        var results = new List<MonitorResult>();
        for (var b = 0; b < batches; b++)
        {
            var random = new Random(Seeds.Mix(Seed + seedOffset, b + 1));
            var batch = change(pool.Take(Draw(random, rows)), random);
            results.Add(MonitorEngine.Evaluate(new MonitorInput(profile, batch, model.Score(batch), 0.5, referencePredictions, spec.Monitoring)));
        }

        return CaseResult.From(name, rows, label, kind, results);
    }

    private int[] Draw(Random random, int rows)
    {
        var order = Enumerable.Range(0, pool.RowCount).ToArray();
        random.Shuffle(order);
        return order[..rows];
    }

    private static ColumnTable Shifted(ColumnTable batch, string feature, double delta) =>
        new(batch.Source, [.. batch.Columns.Select(c => c.Name == feature ? new NumericColumn(c.Name, c.Kind, [.. ((NumericColumn)c).Values.Select(v => v + delta)]) : c)], batch.TargetName, [.. batch.Labels]);

    private static ColumnTable FlipPositives(ColumnTable batch, Random random)
    {
        var labels = batch.Labels.ToArray();
        var positives = Enumerable.Range(0, labels.Length).Where(i => labels[i] == 1).ToArray();
        random.Shuffle(positives);
        foreach (var row in positives[..(int)Math.Round(positives.Length * FlippedPositives)])
        {
            labels[row] = 0;
        }

        return new ColumnTable(batch.Source, batch.Columns, batch.TargetName, labels);
    }
}
