using System.Text.Json;
using Mlops.Model.Cards;
using Mlops.Model.Features;

namespace Mlops.Api.Tests.Fixtures;

/// <summary>The card of the test model: the figures are made up, the shape is the real one.</summary>
internal static class TestCard
{
    public static ModelCard Create(string version, FileChecksums checksums) => new()
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
        Features =
        [
            new FeatureSummary("tenure_months", FeatureKind.Numeric, 41.5),
            new FeatureSummary("monthly_charges", FeatureKind.Numeric, 22.25),
            new FeatureSummary("plan", FeatureKind.Categorical, 6.75),
            new FeatureSummary("contract", FeatureKind.Categorical, 18.5),
            new FeatureSummary("autopay", FeatureKind.Boolean, 3.125),
        ],
        Checksums = checksums,
        ReferenceProfile = JsonDocument.Parse(ReferenceProfileJson).RootElement.Clone(),
    };

    private const string ReferenceProfileJson = """
        {
          "rows": 420,
          "columns": {
            "tenure_months": { "kind": "numeric", "missing": 0, "mean": 35.8, "histogram": { "edges": [0, 12, 24, 36, 48, 60, 72], "counts": [74, 69, 71, 68, 70, 68] } },
            "monthly_charges": { "kind": "numeric", "missing": 4, "mean": 70.1, "histogram": { "edges": [20, 45, 70, 95, 120], "counts": [104, 107, 103, 102] } },
            "plan": { "kind": "categorical", "missing": 0, "frequencies": { "basic": 141, "standard": 139, "premium": 140 } },
            "contract": { "kind": "categorical", "missing": 0, "frequencies": { "monthly": 145, "yearly": 137, "two-year": 138 } },
            "autopay": { "kind": "boolean", "missing": 0, "frequencies": { "true": 212, "false": 208 } }
          }
        }
        """;
}
