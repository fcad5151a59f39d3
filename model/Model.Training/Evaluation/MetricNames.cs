namespace Mlops.Model.Training.Evaluation;

/// <summary>The metric names used in the spec's gates, the metrics file and the model card.</summary>
public static class MetricNames
{
    public const string Accuracy = "accuracy";
    public const string Precision = "precision";
    public const string Recall = "recall";
    public const string F1 = "f1";
    public const string RocAuc = "roc_auc";
    public const string PrAuc = "pr_auc";
    public const string LogLoss = "log_loss";
    public const string Brier = "brier";

    public static IReadOnlyList<string> All { get; } = [Accuracy, Precision, Recall, F1, RocAuc, PrAuc, LogLoss, Brier];

    /// <summary>Metrics where lower is better: a gate on them is a maximum, a drop is an increase.</summary>
    public static bool LowerIsBetter(string metric) => metric is LogLoss or Brier;
}
