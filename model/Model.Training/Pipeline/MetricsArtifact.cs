using Mlops.Model.Cards;

namespace Mlops.Model.Training.Pipeline;

/// <summary>
/// metrics.json: the test split's figures under the same names and shapes as the model card
/// (metric names such as <c>roc_auc</c>, each with its bootstrap interval), for tools that want the numbers alone.
/// </summary>
public sealed record MetricsArtifact(
    int TestRows,
    DecisionThreshold Threshold,
    IReadOnlyDictionary<string, MetricInterval> Metrics,
    ConfusionCounts ConfusionMatrix)
{
    public static MetricsArtifact From(ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new MetricsArtifact(card.Data.TestRows, card.Threshold, card.Metrics, card.ConfusionMatrix);
    }
}
