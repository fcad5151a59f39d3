using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.Checks;

namespace Mlops.Model.Tests.Monitoring;

public sealed class MonitorEngineTests(MonitoringWorld world) : IClassFixture<MonitoringWorld>
{
    [Fact]
    public void A_batch_from_the_training_distribution_is_healthy()
    {
        var result = world.Evaluate(rows: 1000, seed: 101);

        Assert.True(result.Status == MonitorStatus.Healthy, string.Join("; ", result.BreachedChecks));
        Assert.Equal(0, result.DriftShare);
        Assert.Contains(result.Checks, c => c.Name == CheckNames.PredictionDrift && c.Status == CheckStatus.Pass);
    }

    [Fact]
    public void A_shifted_feature_breaches_its_drift_check_and_moves_the_predictions()
    {
        var shift = new ChurnShift { CovariateShift = new Dictionary<string, double> { [ChurnColumns.TenureMonths] = 0.5 } };

        var result = world.Evaluate(rows: 1000, seed: 102, shift);

        Assert.Equal(MonitorStatus.Breach, result.Status);
        Assert.Contains(CheckNames.Drift(ChurnColumns.TenureMonths), result.BreachedChecks);
        Assert.DoesNotContain(CheckNames.Drift(ChurnColumns.Age), result.BreachedChecks);
        Assert.True(result.HasDrift);
    }

    [Fact]
    public void Below_the_minimum_rows_there_is_no_drift_or_regression_verdict()
    {
        var shift = new ChurnShift { CovariateShift = new Dictionary<string, double> { [ChurnColumns.TenureMonths] = 2 } };

        var result = world.Evaluate(rows: world.Monitoring.MinimumRows - 1, seed: 103, shift);

        Assert.Equal(MonitorStatus.InsufficientData, result.Status);
        Assert.Empty(result.BreachedChecks);
        Assert.Contains("minimumRows", result.Notes.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_that_no_longer_ranks_breaches_its_metric_bounds_on_the_whole_interval()
    {
        var batch = world.LoadBatch(world.WriteBatch(rows: 1000, seed: 104));
        var random = new Random(5);
        var noise = Enumerable.Range(0, batch.RowCount).Select(_ => random.NextDouble()).ToArray();

        var result = MonitorEngine.Evaluate(world.Input(batch) with { Probabilities = noise });

        Assert.Contains(CheckNames.Metric("roc_auc"), result.BreachedChecks);
        var auc = result.Metrics.Single(m => m.Bound.Metric == "roc_auc");
        Assert.True(auc.Estimate.Upper < auc.Bound.Min);
    }

    [Fact]
    public void Without_a_reference_probability_histogram_prediction_drift_is_skipped_with_a_note()
    {
        var batch = world.LoadBatch(world.WriteBatch(rows: 500, seed: 105));

        var result = MonitorEngine.Evaluate(world.Input(batch, withReferencePredictions: false));

        var check = result.Checks.Single(c => c.Name == CheckNames.PredictionDrift);
        Assert.Equal(CheckStatus.Skipped, check.Status);
        Assert.Contains(result.Notes, note => note.Contains("referencePredictions", StringComparison.Ordinal));
    }

    [Fact]
    public void Integer_columns_from_the_training_distribution_do_not_drift()
    {
        var result = world.Evaluate(rows: 2000, seed: 106);

        foreach (var column in new[] { ChurnColumns.SupportCalls, ChurnColumns.LatePayments, ChurnColumns.TenureMonths })
        {
            Assert.False(result.Drift.Single(d => d.Feature == column).Drifted, column);
        }
    }

    [Fact]
    public void A_large_batch_uses_distances_that_read_an_unshifted_batch_as_close_and_a_shift_as_far()
    {
        var limits = world.Monitoring.Drift;

        var unshifted = world.Evaluate(rows: limits.LargeSampleRows, seed: 107);
        var shifted = world.Evaluate(rows: limits.LargeSampleRows, seed: 108, new ChurnShift { CovariateShift = new Dictionary<string, double> { [ChurnColumns.TenureMonths] = 0.5 } });

        Assert.All(unshifted.Drift, d => Assert.False(d.Drifted, $"{d.Feature}: {d.Test} p {d.PValue}, {d.Distance} {d.DistanceValue}"));
        Assert.All(unshifted.Drift, d => Assert.True(d.LargeSample));
        var tenure = shifted.Drift.Single(d => d.Feature == ChurnColumns.TenureMonths);
        Assert.True(tenure.Drifted, $"Wasserstein {tenure.DistanceValue}");
        Assert.True(tenure.DistanceValue > limits.Wasserstein, $"Wasserstein {tenure.DistanceValue}");
    }
}
