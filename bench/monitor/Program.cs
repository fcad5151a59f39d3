using System.Globalization;
using Mlops.Bench.Monitor;

// Alert quality of the Monitor checks, per data set (one spec each) and batch size: false alarms on unshifted batches,
// detection of a +0.5 σ shift of each of the three most important numeric features, and of 20 % of the positive labels
// flipped. Arguments: spec files (default: the churn spec and the real data sets' specs under bench/monitor/specs),
// --rows 300,1000, --batches 40, --markdown FILE (the table, also printed).
var options = BenchOptions.Parse(args, RepositoryRoot());
var results = new List<CaseResult>();
foreach (var specPath in options.Specs)
{
    var bench = DataSetBench.Prepare(specPath, options.RepositoryRoot);
    Console.WriteLine(bench.Describe());
    foreach (var rows in options.Rows)
    {
        results.AddRange(bench.Run(rows, options.Batches, Console.WriteLine));
    }
}

var table = ResultTable.Markdown(results);
Console.WriteLine(table);
if (options.MarkdownPath is { } path)
{
    File.WriteAllText(path, table);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Written to {path}"));
}

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
