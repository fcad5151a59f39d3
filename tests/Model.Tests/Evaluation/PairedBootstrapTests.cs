using Mlops.Model.Training.Evaluation;

namespace Mlops.Model.Tests.Evaluation;

public sealed class PairedBootstrapTests
{
    private static readonly BootstrapOptions Options = new(seed: 11, resamples: 300);

    [Fact]
    public void Identical_models_differ_by_exactly_zero_and_are_not_worse()
    {
        var (labels, probabilities) = SyntheticScores.Make(rows: 1000, seed: 1);

        var comparison = PairedBootstrap.Compare(labels, probabilities, 0.5, probabilities, 0.5, Options);

        Assert.All(comparison.Differences, difference =>
        {
            Assert.Equal((0.0, 0.0, 0.0), (difference.Delta, difference.Lower, difference.Upper));
            Assert.False(difference.IsSignificantlyWorse(tolerance: 0));
        });
    }

    [Fact]
    public void A_challenger_with_shuffled_probabilities_is_significantly_worse_on_every_ranking_and_loss_metric()
    {
        var (labels, probabilities) = SyntheticScores.Make(rows: 2000, seed: 2);
        var shuffled = SyntheticScores.Shuffled(probabilities, seed: 3);

        var comparison = PairedBootstrap.Compare(labels, shuffled, 0.5, probabilities, 0.5, Options);

        string[] metrics = [MetricNames.RocAuc, MetricNames.PrAuc, MetricNames.LogLoss, MetricNames.Brier, MetricNames.F1];
        Assert.All(metrics, metric => Assert.True(comparison.Get(metric).IsSignificantlyWorse(tolerance: 0.01), metric));
    }

    [Fact]
    public void The_better_model_as_challenger_is_never_significantly_worse()
    {
        var (labels, probabilities) = SyntheticScores.Make(rows: 2000, seed: 2);
        var shuffled = SyntheticScores.Shuffled(probabilities, seed: 3);

        var comparison = PairedBootstrap.Compare(labels, probabilities, 0.5, shuffled, 0.5, Options);

        Assert.All(comparison.Differences, difference => Assert.False(difference.IsSignificantlyWorse(tolerance: 0), difference.Metric));
    }

    [Fact]
    public void Each_model_keeps_its_own_threshold_and_delta_is_challenger_minus_champion()
    {
        var (labels, probabilities) = SyntheticScores.Make(rows: 500, seed: 4);

        var comparison = PairedBootstrap.Compare(labels, probabilities, 0.4, probabilities, 0.6, Options);

        Assert.Equal(0.4, comparison.Challenger.Threshold);
        Assert.Equal(0.6, comparison.Champion.Threshold);
        var recall = comparison.Get(MetricNames.Recall);
        Assert.Equal(PointMetrics.Compute(labels, probabilities, 0.4).Recall, recall.ChallengerValue);
        Assert.Equal(recall.ChallengerValue - recall.ChampionValue, recall.Delta);
        Assert.True(recall.Delta > 0);
    }

    [Fact]
    public void Models_scored_on_different_rows_are_rejected()
    {
        var (labels, probabilities) = SyntheticScores.Make(rows: 10, seed: 5);

        Assert.Throws<ArgumentException>(() => PairedBootstrap.Compare(labels, probabilities, 0.5, probabilities.AsSpan(0, 9), 0.5, Options));
    }
}
