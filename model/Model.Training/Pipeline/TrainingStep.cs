using Mlops.Model.Preprocessing;
using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Spec;
using Mlops.Model.Training.Trainers;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Model.Training.Pipeline;

/// <summary>
/// Train: split, fit the preprocessing on train, train the spec's family (ML.NET LightGbm or FastTree, or XGBoost) with
/// early stopping on validation, choose the threshold on validation. Writes booster.json, preprocessing.json and training.json; skipped when the fingerprint is unchanged.
/// </summary>
public static class TrainingStep
{
    /// <param name="split">The build's split, asked for only when training runs.</param>
    public static TrainingOutcome Run(ModelSpec spec, PreparedData data, Func<DataSplit> split, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(data);
        var fingerprint = TrainingFingerprint.Compute(data.DataPath, spec.SourceText);
        var runPath = Path.Combine(outputDirectory, ModelArtifactFiles.TrainingRun);
        if (IsUpToDate(outputDirectory, runPath, fingerprint) is { } previous)
        {
            return new TrainingOutcome(previous, Skipped: true);
        }

        var parts = split();
        var train = data.Table.Take(parts.Train);
        var validation = data.Table.Take(parts.Validation);
        var preprocessing = PreprocessingFitter.Fit(train, spec);
        var validationMatrix = FeatureMatrix.Build(validation, preprocessing);
        var result = ForestTrainer.Train(spec, FeatureMatrix.Build(train, preprocessing), validationMatrix);
        var threshold = ChooseThreshold(spec.Threshold, result.BoosterJson, validationMatrix, validation.Labels);
        var run = new TrainingRun
        {
            Fingerprint = fingerprint,
            Trainer = TrainerNames.Of(spec.Trainer),
            TrainedAt = DateTimeOffset.UtcNow,
            Threshold = threshold,
            ThresholdStrategy = StrategyName(spec.Threshold),
            BestIteration = result.BestIteration,
            TreeCount = result.TreeCount,
            ValidationLogLoss = result.ValidationLogLoss,
            FeatureGain = result.FeatureGain,
            TrainRows = parts.Train.Length,
            ValidationRows = parts.Validation.Length,
            TestRows = parts.Test.Length,
        };
        Write(outputDirectory, result.BoosterJson, preprocessing, run);
        return new TrainingOutcome(run, Skipped: false);
    }

    private static TrainingRun? IsUpToDate(string outputDirectory, string runPath, string fingerprint)
    {
        if (!File.Exists(runPath) || !File.Exists(Path.Combine(outputDirectory, ModelFiles.Booster)) || !File.Exists(Path.Combine(outputDirectory, ModelFiles.Preprocessing)))
        {
            return null;
        }

        try
        {
            // A remote run's model is never taken for this code's own, whatever the fingerprint.
            var previous = ArtifactJson.Read<TrainingRun>(runPath);
            return previous.Fingerprint == fingerprint && previous.Remote is null ? previous : null;
        }
        catch (System.Text.Json.JsonException)
        {
            // A run recorded by an older build in another shape: train again rather than guess.
            return null;
        }
    }

    internal static string StrategyName(ThresholdSpec threshold) =>
        threshold.Strategy == ThresholdStrategy.Fixed ? "fixed" : ThresholdRule.MaxF1Name;

    internal static double ChooseThreshold(ThresholdSpec threshold, string boosterJson, TrainingMatrix validation, IReadOnlyList<int> labels)
    {
        if (threshold.Strategy == ThresholdStrategy.Fixed)
        {
            return threshold.Value;
        }

        var probabilities = Predictions.Score(Scoring.TreeEnsemble.Load(boosterJson), validation);
        return ThresholdSelection.MaxF1([.. labels], probabilities);
    }

    private static void Write(string outputDirectory, string boosterJson, PreprocessingModel preprocessing, TrainingRun run)
    {
        Directory.CreateDirectory(outputDirectory);
        File.WriteAllText(Path.Combine(outputDirectory, ModelFiles.Booster), boosterJson);
        File.WriteAllText(Path.Combine(outputDirectory, ModelFiles.Preprocessing), PreprocessingDocument.From(preprocessing).ToJson());
        ArtifactJson.Write(Path.Combine(outputDirectory, ModelArtifactFiles.TrainingRun), run);
    }
}
