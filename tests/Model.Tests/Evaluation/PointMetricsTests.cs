using Mlops.Model.Training.Evaluation;

namespace Mlops.Model.Tests.Evaluation;

/// <summary>Small cases whose metrics are worked out by hand in the comments.</summary>
public sealed class PointMetricsTests
{
    private const double Precision = 12;

    [Fact]
    public void A_tied_positive_and_negative_pair_counts_one_half_in_roc_auc()
    {
        // Pairs (positive, negative): (0.5, 0.5) tie = 1/2, (0.5, 0.2) = 1, (0.8, 0.5) = 1, (0.8, 0.2) = 1 → 3.5 / 4.
        var metrics = PointMetrics.Compute([0, 1, 0, 1], [0.5, 0.5, 0.2, 0.8], 0.5);

        Assert.Equal(0.875, metrics.RocAuc, Precision);
    }

    [Fact]
    public void Tied_scores_form_one_step_of_average_precision()
    {
        // At 0.8: recall 1/2, precision 1. At 0.5 (a positive and a negative tied): recall 1, precision 2/3.
        // AP = 1/2 × 1 + 1/2 × 2/3 = 5/6.
        var metrics = PointMetrics.Compute([0, 1, 0, 1], [0.5, 0.5, 0.2, 0.8], 0.5);

        Assert.Equal(5.0 / 6, metrics.PrAuc, Precision);
    }

    [Fact]
    public void A_perfect_ranking_has_both_areas_equal_to_one()
    {
        var metrics = PointMetrics.Compute([0, 0, 1, 1], [0.1, 0.2, 0.7, 0.9], 0.5);

        Assert.Equal(1, metrics.RocAuc, Precision);
        Assert.Equal(1, metrics.PrAuc, Precision);
        Assert.Equal(1, metrics.Accuracy, Precision);
        Assert.Equal(1, metrics.F1, Precision);
    }

    [Fact]
    public void An_inverted_ranking_has_roc_auc_zero()
    {
        // AP: at 0.2 recall 1/2 with precision 1/3; at 0.1 recall 1 with precision 1/2 → 1/6 + 1/4 = 5/12.
        var metrics = PointMetrics.Compute([0, 0, 1, 1], [0.9, 0.8, 0.2, 0.1], 0.5);

        Assert.Equal(0, metrics.RocAuc, Precision);
        Assert.Equal(5.0 / 12, metrics.PrAuc, Precision);
        Assert.Equal(0, metrics.Accuracy, Precision);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_single_class_leaves_the_areas_undefined_but_the_rest_computed(int onlyLabel)
    {
        var metrics = PointMetrics.Compute([onlyLabel, onlyLabel, onlyLabel], [0.2, 0.6, 0.9], 0.5);

        Assert.True(double.IsNaN(metrics.RocAuc));
        Assert.True(double.IsNaN(metrics.PrAuc));
        Assert.Equal(onlyLabel == 1 ? 2.0 / 3 : 1.0 / 3, metrics.Accuracy, Precision);
        Assert.False(double.IsNaN(metrics.LogLoss));
        Assert.False(double.IsNaN(metrics.Brier));
    }

    [Fact]
    public void No_predicted_positive_gives_precision_recall_and_f1_of_zero()
    {
        var metrics = PointMetrics.Compute([0, 1, 1], [0.1, 0.2, 0.3], 0.9);

        Assert.Equal(new ConfusionMatrix(TruePositives: 0, FalsePositives: 0, TrueNegatives: 1, FalseNegatives: 2), metrics.Confusion);
        Assert.Equal(0, metrics.Precision);
        Assert.Equal(0, metrics.Recall);
        Assert.Equal(0, metrics.F1);
    }

    [Fact]
    public void A_probability_equal_to_the_threshold_is_predicted_positive()
    {
        var metrics = PointMetrics.Compute([1, 0], [0.5, 0.4999], 0.5);

        Assert.Equal(new ConfusionMatrix(TruePositives: 1, FalsePositives: 0, TrueNegatives: 1, FalseNegatives: 0), metrics.Confusion);
    }

    [Fact]
    public void A_confidently_wrong_prediction_costs_the_clipped_log_loss_not_infinity()
    {
        var metrics = PointMetrics.Compute([1, 0], [0.0, 0.0], 0.5);

        Assert.Equal(-Math.Log(1e-15) / 2, metrics.LogLoss, 9);
        Assert.Equal(0.5, metrics.Brier, Precision);
    }

    [Fact]
    public void Get_returns_the_metric_of_each_name()
    {
        var metrics = PointMetrics.Compute([0, 1, 1, 0], [0.3, 0.8, 0.4, 0.6], 0.5);

        Assert.Equal(metrics.RocAuc, metrics.Get(MetricNames.RocAuc));
        Assert.Equal(metrics.LogLoss, metrics.Get(MetricNames.LogLoss));
        Assert.Equal(metrics.Brier, metrics.Get(MetricNames.Brier));
        Assert.Equal(metrics.Recall, metrics.Get(MetricNames.Recall));
        Assert.Contains("roc_auc", Assert.Throws<ArgumentException>(() => metrics.Get("auc")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_is_rejected_with_the_offending_row()
    {
        Assert.Contains("row 1", Assert.Throws<ArgumentException>(() => PointMetrics.Compute([0, 2], [0.1, 0.2], 0.5)).Message, StringComparison.Ordinal);
        Assert.Contains("row 0", Assert.Throws<ArgumentException>(() => PointMetrics.Compute([0], [double.NaN], 0.5)).Message, StringComparison.Ordinal);
        Assert.Contains("row 0", Assert.Throws<ArgumentException>(() => PointMetrics.Compute([1], [1.5], 0.5)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => PointMetrics.Compute([0, 1], [0.1], 0.5));
        Assert.Throws<ArgumentException>(() => PointMetrics.Compute([], [], 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => PointMetrics.Compute([0], [0.1], double.NaN));
    }
}
