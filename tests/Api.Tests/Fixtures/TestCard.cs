using Mlops.Model.Cards;
using Mlops.Model.Profiles;

namespace Mlops.Api.Tests.Fixtures;

/// <summary>
/// The card of the test model. Importance and the reference profile are the trained model's own; the evaluation
/// figures are fixed stand-ins, since the API only reports them.
/// </summary>
internal static class TestCard
{
    public static ModelCard Create(string version, IReadOnlyList<FeatureSummary> features, DataProfile referenceProfile) => new()
    {
        ModelId = "churn-classifier",
        Version = version,
        CreatedAt = new DateTimeOffset(2026, 11, 20, 14, 30, 0, TimeSpan.Zero),
        GitCommit = "0123456789abcdef0123456789abcdef01234567",
        Data = new DataSummary("sha256:feedface", 600, 420, 90, 90, 0.37),
        Threshold = new DecisionThreshold(0.42, "max_f1"),
        Metrics = new Dictionary<string, MetricInterval>
        {
            ["accuracy"] = new(0.8111, 0.7444, 0.8778),
            ["roc_auc"] = new(0.8765, 0.8123, 0.9312),
            ["f1"] = new(0.7302, 0.6211, 0.8205),
            ["log_loss"] = new(0.4412, 0.3801, 0.5102),
        },
        ConfusionMatrix = new ConfusionCounts(TruePositives: 23, FalsePositives: 7, TrueNegatives: 50, FalseNegatives: 10),
        RocCurve = [new(0, 0), new(0.05, 0.41), new(0.12, 0.67), new(0.25, 0.82), new(0.5, 0.94), new(1, 1)],
        Features = features,
        Checksums = new FileChecksums("written", "by ModelFolderWriter"),
        ReferenceProfile = referenceProfile,
        ReferencePredictions = new Histogram([0, 0.2, 0.4, 0.6, 0.8, 1], [31, 18, 14, 12, 15]),
    };
}
