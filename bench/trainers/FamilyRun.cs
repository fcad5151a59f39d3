using System.Diagnostics;
using System.Globalization;
using Mlops.Model.Scoring;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Spec;
using Mlops.Model.Training.Trainers;

namespace Mlops.Bench.Trainers;

/// <summary>One trainer family through the pipeline's own split, preprocessing, early stopping and managed scorer.</summary>
internal static class FamilyRun
{
    private const int Resamples = 1000;

    public static (MetricEstimate Auc, double TrainSeconds, int Trees) Train(string specPath, string csv, string family, string output)
    {
        var spec = SpecLoader.Load(specPath) with { Trainer = TrainerNames.Families[family] };
        var (table, split) = Load(spec, csv);
        var train = table.Take(split.Train);
        var preprocessing = PreprocessingFitter.Fit(train, spec);
        var trainMatrix = FeatureMatrix.Build(train, preprocessing);
        var validation = FeatureMatrix.Build(table.Take(split.Validation), preprocessing);
        var clock = Stopwatch.StartNew();
        var forest = ForestTrainer.Train(spec, trainMatrix, validation);
        var seconds = clock.Elapsed.TotalSeconds;
        var test = table.Take(split.Test);
        var matrix = FeatureMatrix.Build(test, preprocessing);
        var probabilities = new float[matrix.Rows];
        TreeEnsemble.Load(forest.BoosterJson).PredictProbabilities(matrix.Features, matrix.Columns, probabilities);
        File.WriteAllLines(output, probabilities.Select(p => p.ToString("R", CultureInfo.InvariantCulture)));
        var estimates = Bootstrap.Compute([.. test.Labels], [.. probabilities.Select(p => (double)p)], 0.5, new BootstrapOptions(spec.Split.Seed, Resamples));
        return (estimates.Estimates[MetricNames.RocAuc], seconds, forest.TreeCount);
    }

    public static IEnumerable<string> Compare(string specPath, string csv, string baseline, IEnumerable<string> others)
    {
        var spec = SpecLoader.Load(specPath);
        var (table, split) = Load(spec, csv);
        int[] labels = [.. table.Take(split.Test).Labels];
        var reference = Read(baseline);
        foreach (var other in others)
        {
            var comparison = PairedBootstrap.Compare(labels, Read(other), 0.5, reference, 0.5, new BootstrapOptions(spec.Split.Seed, Resamples));
            var auc = comparison.Get(MetricNames.RocAuc);
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"{Path.GetFileName(csv)} | {Family(other)} − {Family(baseline)} ROC AUC {auc.Delta:+0.0000;-0.0000} [{auc.Lower:+0.0000;-0.0000}, {auc.Upper:+0.0000;-0.0000}]");
        }
    }

    // The run script names each probabilities file <data set>.<family>.
    private static string Family(string probabilities) => Path.GetExtension(probabilities).TrimStart('.');

    private static (ColumnTable Table, DataSplit Split) Load(ModelSpec spec, string csv)
    {
        var table = CsvTableLoader.Load(csv, spec).Table;
        return (table, DataSplit.Of(table, spec.Split));
    }

    private static double[] Read(string path) => [.. File.ReadLines(path).Select(line => double.Parse(line, CultureInfo.InvariantCulture))];
}
