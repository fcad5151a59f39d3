using Mlops.Model.Training.Data;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Retraining;

/// <summary>
/// Trains a challenger on the spec's data plus new labelled batches, with the same spec, split rule and parameters as
/// every build, and picks the rows on which it can be compared fairly with the champion.
/// </summary>
public static class ChallengerTraining
{
    public const string CombinedFile = "combined.csv";

    /// <param name="workFolder">Receives the combined CSV (data/) and the challenger's model folder (model/); cleared first.</param>
    public static Challenger Train(ModelSpec spec, string repositoryRoot, IReadOnlyList<string> batches, string workFolder, ModelIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (Directory.Exists(workFolder))
        {
            Directory.Delete(workFolder, recursive: true);
        }

        var dataFile = DataStep.EnsureDataFile(spec, repositoryRoot);
        var combined = CombinedTrainingData.Write(dataFile, batches, spec, Path.Combine(workFolder, "data", CombinedFile));
        if (combined.Batches.Count == 0)
        {
            throw new InvalidDataException($"No new batch can be trained on: {string.Join("; ", combined.Skipped)}.");
        }

        var pipeline = new ModelPipeline(spec with { Data = spec.Data with { Path = combined.Path } }, repositoryRoot, Path.Combine(workFolder, "model"));
        var training = pipeline.Train().Run;
        pipeline.Evaluate(identity);
        var table = pipeline.PrepareData().Table;
        var originalRows = CsvTableLoader.Load(dataFile, spec).Table.RowCount;
        var test = FairTestRows(table.Labels, table.SplitKeys, originalRows, spec.Split);
        return new Challenger(pipeline.OutputDirectory, ScoringModel.LoadDirectory(pipeline.OutputDirectory), table.Take(test), combined, training);
    }

    /// <summary>
    /// The combined data's test split without the rows the champion trained or stopped early on: the data file is the
    /// combined file's first <paramref name="originalRows"/> rows, and the champion was split from it by the same rule,
    /// so the rows left were seen by neither model. (This holds when the champion was trained on the current data
    /// file with the current split; a champion from other data is still compared, on rows it may have seen.)
    /// </summary>
    public static int[] FairTestRows(IReadOnlyList<int> combinedLabels, IReadOnlyList<string> combinedKeys, int originalRows, SplitSpec split)
    {
        ArgumentNullException.ThrowIfNull(combinedLabels);
        ArgumentNullException.ThrowIfNull(combinedKeys);
        var champion = DataSplit.Create([.. combinedLabels.Take(originalRows)], [.. combinedKeys.Take(originalRows)], split);
        var seen = champion.Train.Concat(champion.Validation).ToHashSet();
        return [.. DataSplit.Create(combinedLabels, combinedKeys, split).Test.Where(row => !seen.Contains(row))];
    }
}

/// <summary>A trained challenger: its model folder (card included), the model, the fair test rows and the data it learnt from.</summary>
public sealed record Challenger(string ModelFolder, ScoringModel Model, ColumnTable FairTest, CombinedData Data, TrainingRun Training);
