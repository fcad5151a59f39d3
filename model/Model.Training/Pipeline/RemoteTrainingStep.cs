using Mlops.Model.Cards;
using Mlops.Model.Preprocessing;
using Mlops.Model.Scoring;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Pipeline;

/// <summary>
/// Records a model trained by the Databricks job (booster.json and preprocessing.json downloaded into the output
/// folder) as the training run Evaluate reads: the threshold chosen on the validation split as Train chooses it
/// (the job early-stopped on the same rows, by the shared split rule), tree count, gain and row counts.
/// </summary>
public static class RemoteTrainingStep
{
    public static TrainingRun Record(ModelSpec spec, PreparedData data, DataSplit split, string outputDirectory, RemoteRun remote)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(remote);
        var boosterPath = Path.Combine(outputDirectory, ModelFiles.Booster);
        var boosterJson = File.ReadAllText(boosterPath);
        var preprocessingPath = Path.Combine(outputDirectory, ModelFiles.Preprocessing);
        var preprocessing = PreprocessingDocument.Read(File.ReadAllText(preprocessingPath), preprocessingPath);
        var ensemble = TreeEnsemble.Load(boosterJson);
        RequireSameFeatures(boosterPath, ensemble, preprocessing);
        var trees = ensemble.TreeCount;

        var validation = data.Table.Take(split.Validation);
        var run = new TrainingRun
        {
            Fingerprint = TrainingFingerprint.Compute(data.DataPath, spec.SourceText),
            Trainer = Trainers.TrainerNames.XGBoost,
            TrainedAt = DateTimeOffset.UtcNow,
            Threshold = TrainingStep.ChooseThreshold(spec.Threshold, boosterJson, FeatureMatrix.Build(validation, preprocessing), validation.Labels),
            ThresholdStrategy = TrainingStep.StrategyName(spec.Threshold),

            // The job cuts the booster to its best iteration, so the last tree is the best one.
            BestIteration = trees - 1,
            TreeCount = trees,
            ValidationLogLoss = [],
            FeatureGain = BoosterGain.Total(boosterJson, preprocessing.FeatureCount),
            TrainRows = split.Train.Length,
            ValidationRows = split.Validation.Length,
            TestRows = split.Test.Length,
            Remote = remote,
        };
        ArtifactJson.Write(Path.Combine(outputDirectory, ModelArtifactFiles.TrainingRun), run);
        return run;
    }

    /// <summary>The remote run recorded earlier (by TrainRemote in this or an earlier build).</summary>
    public static TrainingRun Read(string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, ModelArtifactFiles.TrainingRun);
        var run = File.Exists(path) ? ArtifactJson.Read<TrainingRun>(path) : null;
        return run is { Remote: not null }
            ? run
            : throw new InvalidOperationException($"{path} records no remote training run: run TrainRemote (--training=remote) before Evaluate.");
    }

    private static void RequireSameFeatures(string boosterPath, TreeEnsemble ensemble, PreprocessingModel preprocessing)
    {
        if (ensemble.FeatureCount != preprocessing.FeatureCount)
        {
            throw new InvalidDataException(
                $"{boosterPath} expects {ensemble.FeatureCount} features but the downloaded preprocessing.json makes {preprocessing.FeatureCount}: the two files are not from the same run.");
        }
    }
}
