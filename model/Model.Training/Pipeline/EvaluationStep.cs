using System.Text.Json;
using Mlops.Model.Cards;
using Mlops.Model.Preprocessing;
using Mlops.Model.Scoring;
using Mlops.Model.Training.Artifacts;
using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Reporting;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Pipeline;

/// <summary>
/// Evaluate: score the held-out test split with the managed scorer, compute every metric with a seeded bootstrap
/// interval, and write metrics.json, test-predictions.csv, model-card.json (with checksums), report.md and report.html.
/// </summary>
public static class EvaluationStep
{
    private const int BootstrapResamples = 1000;

    public static ModelCard Run(ModelSpec spec, PreparedData data, DataSplit split, TrainingRun run, ModelIdentity identity, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(identity);
        var boosterJson = File.ReadAllText(Path.Combine(outputDirectory, ModelFiles.Booster));
        var preprocessingPath = Path.Combine(outputDirectory, ModelFiles.Preprocessing);
        var preprocessing = PreprocessingDocument.Read(File.ReadAllText(preprocessingPath), preprocessingPath);
        var test = data.Table.Take(split.Test);
        var probabilities = Predictions.Score(TreeEnsemble.Load(boosterJson), FeatureMatrix.Build(test, preprocessing));
        int[] labels = [.. test.Labels];
        var result = Bootstrap.Compute(labels, probabilities, run.Threshold, new BootstrapOptions(spec.Split.Seed, BootstrapResamples));

        TestPredictionsCsv.Write(Path.Combine(outputDirectory, ModelArtifactFiles.TestPredictions), split.Test, labels, probabilities, run.Threshold);
        var (roc, pr) = Curves.Of(labels, probabilities);
        var evaluated = BuildCard(spec, data, run, identity, preprocessing, result) with
        {
            RocCurve = roc,
            PrCurve = pr,
            Calibration = Curves.Reliability(labels, probabilities),
            ReferencePredictions = PredictionHistogram.Of(probabilities),
        };
        var card = ModelFolderWriter.Write(outputDirectory, boosterJson, preprocessing, evaluated);
        ArtifactJson.Write(Path.Combine(outputDirectory, ModelArtifactFiles.Metrics), MetricsArtifact.From(card));
        ModelReports.Write(outputDirectory, card);
        return card;
    }

    private static ModelCard BuildCard(ModelSpec spec, PreparedData data, TrainingRun run, ModelIdentity identity, PreprocessingModel preprocessing, BootstrapResult result)
    {
        var confusion = result.Point.Confusion;
        return new ModelCard
        {
            ModelId = spec.ModelId,
            Version = identity.Version,
            CreatedAt = run.TrainedAt,
            GitCommit = identity.GitCommit,
            Trainer = run.Trainer,
            TrainedBy = run.Remote,
            Data = new DataSummary(run.Fingerprint, data.Table.RowCount, run.TrainRows, run.ValidationRows, run.TestRows, (double)data.Table.PositiveCount / data.Table.RowCount),
            Threshold = new DecisionThreshold(run.Threshold, run.ThresholdStrategy),
            Metrics = result.Estimates.ToDictionary(pair => pair.Key, pair => new MetricInterval(pair.Value.Value, pair.Value.Lower, pair.Value.Upper)),
            ConfusionMatrix = new ConfusionCounts(confusion.TruePositives, confusion.FalsePositives, confusion.TrueNegatives, confusion.FalseNegatives),
            Features = FeatureImportance.PerColumn(preprocessing, run.FeatureGain),
            Checksums = new FileChecksums(string.Empty, string.Empty),
            Spec = JsonDocument.Parse(spec.SourceText).RootElement.Clone(),
            Parameters = JsonSerializer.SerializeToElement(spec.TrainerParameters, ArtifactJson.Options),
            ReferenceProfile = data.Profile,
        };
    }
}
