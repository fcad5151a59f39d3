using Mlops.Model.Training.Evaluation;

namespace Mlops.Model.Tests.Evaluation;

/// <summary>The bootstrap's shortcut: weighting rows by draw counts must equal evaluating the copied resample.</summary>
public sealed class RankedPredictionsTests
{
    [Fact]
    public void Counting_a_row_k_times_equals_listing_it_k_times()
    {
        var (labels, probabilities) = SyntheticScores.Make(rows: 400, seed: 8);
        var random = new Random(9);
        var timesDrawn = Enumerable.Range(0, labels.Length).Select(_ => random.Next(0, 3)).ToArray();
        var copiedRows = Enumerable.Range(0, labels.Length).SelectMany(row => Enumerable.Repeat(row, timesDrawn[row])).ToArray();

        var weighted = RankedPredictions.Create(labels, probabilities).Evaluate(timesDrawn, 0.45);
        var copied = PointMetrics.Compute(
            copiedRows.Select(row => labels[row]).ToArray(), copiedRows.Select(row => probabilities[row]).ToArray(), 0.45);

        Assert.Equal(copied.Confusion, weighted.Confusion);
        Assert.All(MetricNames.All, metric => Assert.Equal(copied.Get(metric), weighted.Get(metric), 12));
    }
}
