using System.Diagnostics;
using System.Globalization;
using Mlops.DataBench;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Profiling;
using Mlops.Model.Training.Spec;

// generate <csv> <rows> <columns>: a numeric CSV with a 0/1 label and its spec beside it (<csv>.spec.json)
// profile <csv> <spec> <profile.json>: load + validate + profile + write, timed
// churn <csv> [rows]: the default synthetic churn data
switch (args.FirstOrDefault())
{
    case "generate":
        NumericCsv.Write(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
        return 0;
    case "churn":
        ChurnGenerator.WriteFile(args[1], new ChurnDataOptions { Rows = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : ChurnDataOptions.DefaultRows });
        return 0;
    case "profile":
        var watch = Stopwatch.StartNew();
        var spec = SpecLoader.Load(args[2]);
        var loaded = CsvTableLoader.Load(args[1], spec);
        var loadSeconds = watch.Elapsed.TotalSeconds;
        var profile = DataProfiler.Profile(loaded.Table, spec.Target.PositiveClass, new ProfileOptions());
        var profileSeconds = watch.Elapsed.TotalSeconds - loadSeconds;
        ArtifactJson.Write(args[3], profile);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dotnet rows={loaded.Table.RowCount} load={loadSeconds:F3}s profile={profileSeconds:F3}s total={watch.Elapsed.TotalSeconds:F3}s"));
        return 0;
    default:
        Console.Error.WriteLine("usage: generate <csv> <rows> <columns> | churn <csv> [rows] | profile <csv> <spec> <profile.json>");
        return 2;
}
