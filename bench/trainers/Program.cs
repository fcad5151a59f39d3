using System.Diagnostics;
using System.Globalization;
using Mlops.Bench.Trainers;
using Mlops.Model.Training.Data.Synthetic;

// generate <csv> <rows>                       a seeded churn file (another seed than data/churn.csv)
// train <spec> <csv> <family> <probabilities>  trains one family, prints one table row, writes its test probabilities
// compare <spec> <csv> <baseline> <other>...   paired bootstrap of ROC AUC, each family against the baseline's file
switch (args)
{
    case ["generate", var path, var rows]:
        ChurnGenerator.WriteFile(path, new ChurnDataOptions { Rows = int.Parse(rows, CultureInfo.InvariantCulture), Seed = 97 });
        break;
    case ["train", var spec, var csv, var family, var output]:
        var clock = Stopwatch.StartNew();
        var result = FamilyRun.Train(spec, csv, family, output);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Path.GetFileName(csv)} | {family} | {result.Auc.Value:F4} [{result.Auc.Lower:F4}, {result.Auc.Upper:F4}] | train {result.TrainSeconds:F1} s | {result.Trees} trees | process {clock.Elapsed.TotalSeconds:F1} s"));
        break;
    case ["compare", var spec, var csv, var baseline, .. var others]:
        foreach (var line in FamilyRun.Compare(spec, csv, baseline, others))
        {
            Console.WriteLine(line);
        }

        break;
    default:
        Console.Error.WriteLine("usage: generate <csv> <rows> | train <spec> <csv> <family> <probabilities> | compare <spec> <csv> <baseline> <other>...");
        return 2;
}

return 0;
