namespace Mlops.Model.Training.Evaluation;

/// <summary>
/// Every metric of one binary classifier on one set of rows.
/// Conventions where a metric is undefined: precision, recall and F1 are 0 when their denominator is 0
/// (scikit-learn's zero_division=0); ROC AUC and PR AUC are NaN when the labels hold a single class.
/// </summary>
public sealed record MetricSet(
    double Accuracy,
    double Precision,
    double Recall,
    double F1,
    double RocAuc,
    double PrAuc,
    double LogLoss,
    double Brier,
    ConfusionMatrix Confusion,
    double Threshold)
{
    /// <summary>The value of a metric by its name in <see cref="MetricNames"/>.</summary>
    public double Get(string metricName) => metricName switch
    {
        MetricNames.Accuracy => Accuracy,
        MetricNames.Precision => Precision,
        MetricNames.Recall => Recall,
        MetricNames.F1 => F1,
        MetricNames.RocAuc => RocAuc,
        MetricNames.PrAuc => PrAuc,
        MetricNames.LogLoss => LogLoss,
        MetricNames.Brier => Brier,
        _ => throw new ArgumentException(
            $"Unknown metric '{metricName}'. Known metrics: {string.Join(", ", MetricNames.All)}.", nameof(metricName)),
    };
}
