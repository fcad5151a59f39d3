using System.Text.Json;
using Mlops.Model.Cards;

namespace Mlops.Build.Tests.RunHistory;

internal static class Cards
{
    public static ModelCard WithRocAuc(double rocAuc) => new()
    {
        ModelId = "churn",
        Version = "1.2.3",
        CreatedAt = DateTimeOffset.UnixEpoch,
        GitCommit = "abc",
        Data = new DataSummary("fingerprint", 100, 60, 20, 20, 0.25),
        Threshold = new DecisionThreshold(0.5, "fixed"),
        Metrics = new Dictionary<string, MetricInterval> { ["roc_auc"] = new(rocAuc, rocAuc - 0.05, rocAuc + 0.05) },
        ConfusionMatrix = new ConfusionCounts(1, 2, 3, 4),
        Features = [],
        Checksums = new FileChecksums(string.Empty, string.Empty),
        Spec = JsonDocument.Parse("{}").RootElement.Clone(),
    };
}
