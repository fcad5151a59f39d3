using System.Globalization;
using Mlops.Bench.Monitor;
using Mlops.Model.Features;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.Batches;
using Mlops.Model.Training.Profiling;
using Mlops.Model.Training.Spec;

// Alert quality of the Monitor checks: 50 batches from the training distribution (every alert is false) and 50 with
// one of the three most important numeric features shifted by 0.5 standard deviations (every miss is a miss).
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
const int Batches = 50;
const double Shift = 0.5;
var folder = Directory.CreateTempSubdirectory("monitor-bench-").FullName;
try
{
    var spec = SpecLoader.Load(Path.Combine(RepositoryRoot(), "model", "spec.json"));
    var dataPath = Path.Combine(folder, "training.csv");
    ChurnGenerator.WriteFile(dataPath, new ChurnDataOptions());
    var table = CsvTableLoader.Load(dataPath, spec).Table;
    var (train, validation, test) = Split(table, spec.Split.Seed);
    var profile = DataProfiler.Profile(train, spec.Target.PositiveClass, new ProfileOptions { TopK = spec.CategoriesTopK });
    var model = BenchModel.Train(spec, profile, train, validation);
    var testScores = model.Score(test);
    var referencePredictions = DataProfiler.ProfileColumn(new NumericColumn("probability", FeatureKind.Numeric, testScores), new ProfileOptions()).Histogram;
    var shiftable = ChurnCustomerSamplerColumns(spec).OrderByDescending(c => model.GainByColumn[c]).Take(3).ToList();
    Console.WriteLine($"Batches of {rows} rows; shifted features (top 3 numeric by gain): {string.Join(", ", shiftable)}");

    MonitorResult Check(int seed, ChurnShift shift)
    {
        var path = Path.Combine(folder, $"batch-{seed}.csv");
        ChurnGenerator.WriteFile(path, new ChurnDataOptions { Rows = rows, Seed = seed, Shift = shift });
        var batch = BatchLoader.Load(path, spec).Table!;
        return MonitorEngine.Evaluate(new MonitorInput(profile, batch, model.Score(batch), 0.5, referencePredictions, spec.Monitoring));
    }

    var falseAlarms = Enumerable.Range(0, Batches).Select(i => Check(10_000 + i, ChurnShift.None)).Where(r => r.Status == MonitorStatus.Breach).ToList();
    var detected = 0;
    for (var i = 0; i < Batches; i++)
    {
        var feature = shiftable[i % shiftable.Count];
        var result = Check(20_000 + i, new ChurnShift { CovariateShift = new Dictionary<string, double> { [feature] = Shift } });
        detected += result.Status == MonitorStatus.Breach ? 1 : 0;
        if (result.Status != MonitorStatus.Breach)
        {
            Console.WriteLine($"  missed: {feature} shifted, batch {i}");
        }
    }

    foreach (var alarm in falseAlarms)
    {
        Console.WriteLine($"  false alarm: {string.Join("; ", alarm.Checks.Where(c => c.Breached).Select(c => $"{c.Name} {c.Value}"))}");
    }

    Console.WriteLine($"False-alarm rate: {falseAlarms.Count}/{Batches} = {100.0 * falseAlarms.Count / Batches:0.#} % (goal ≤ 2 %)");
    Console.WriteLine($"Detection rate:   {detected}/{Batches} = {100.0 * detected / Batches:0.#} % (goal ≥ 95 %)");
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static (ColumnTable Train, ColumnTable Validation, ColumnTable Test) Split(ColumnTable table, int seed)
{
    var order = Enumerable.Range(0, table.RowCount).OrderBy(_ => 0).ToArray();
    new Random(seed).Shuffle(order);
    var fifth = table.RowCount / 5;
    return (table.Take(order[(2 * fifth)..]), table.Take(order[..fifth]), table.Take(order[fifth..(2 * fifth)]));
}

// Covariate shift applies to the generator's numeric columns.
static IEnumerable<string> ChurnCustomerSamplerColumns(ModelSpec spec) =>
    spec.Columns.Where(c => c.Kind == FeatureKind.Numeric).Select(c => c.Name);

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Build.sln")))
        {
            return directory.FullName;
        }
    }

    throw new DirectoryNotFoundException("Run the bench inside the repository (no Build.sln above it).");
}
