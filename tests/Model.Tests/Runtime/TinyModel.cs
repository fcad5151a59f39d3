using Mlops.Model.Cards;
using Mlops.Model.Features;
using Mlops.Model.Preprocessing;
using Mlops.Model.Training.Artifacts;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Model.Tests.Runtime;

/// <summary>A small real model (trained by libxgboost on a seeded toy problem) written as a model folder.</summary>
internal static class TinyModel
{
    public static readonly PreprocessingModel Preprocessing = new(
        [
            new FeatureColumn("usage", FeatureKind.Numeric, Required: true, Min: 0, Max: 100),
            new FeatureColumn("plan", FeatureKind.Categorical),
            new FeatureColumn("autopay", FeatureKind.Boolean),
        ],
        [new CategoryEncoding("plan", ["basic", "premium"])]);

    public static ModelCard Write(string folder, double threshold = 0.5)
    {
        var random = new Random(3);
        var (train, validation) = (Matrix(random, 600), Matrix(random, 200));
        var result = XGBoostTrainer.Train(train, validation, new XGBoostParameters { Rounds = 30, MaxDepth = 3, NThread = 1 });
        return ModelFolderWriter.Write(folder, result.BoosterJson, Preprocessing, Card(threshold));
    }

    public static FeatureValue[] Record(double usage, string? plan, bool autopay) =>
        [FeatureValue.FromNumber(usage), FeatureValue.FromCategory(plan), FeatureValue.FromBoolean(autopay)];

    private static TrainingMatrix Matrix(Random random, int rows)
    {
        var features = new float[rows * Preprocessing.FeatureCount];
        var labels = new float[rows];
        string[] plans = ["basic", "premium", "legacy"];
        for (var row = 0; row < rows; row++)
        {
            var usage = random.NextDouble() * 100;
            var plan = plans[random.Next(plans.Length)];
            var autopay = random.Next(2) == 1;
            Preprocessing.Transform(Record(usage, plan, autopay), features.AsSpan(row * Preprocessing.FeatureCount, Preprocessing.FeatureCount));
            var risk = (usage < 30 ? 0.6 : 0.1) + (plan == "basic" ? 0.2 : 0) - (autopay ? 0.1 : 0);
            labels[row] = random.NextDouble() < risk ? 1 : 0;
        }

        return new TrainingMatrix(features, rows, Preprocessing.FeatureCount, labels);
    }

    private static ModelCard Card(double threshold) => new()
    {
        ModelId = "Tests.TinyModel",
        Version = "0.0.1",
        CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        GitCommit = "0000000",
        Data = new DataSummary("sha256:test", 1000, 600, 200, 200, 0.3),
        Threshold = new DecisionThreshold(threshold, "fixed"),
        Metrics = new Dictionary<string, MetricInterval> { ["roc_auc"] = new(0.8, 0.75, 0.85) },
        ConfusionMatrix = new ConfusionCounts(1, 2, 3, 4),
        Features = [.. Preprocessing.Columns.Select(c => new FeatureSummary(c.Name, c.Kind, 1))],
        Checksums = new FileChecksums(string.Empty, string.Empty),
    };
}
