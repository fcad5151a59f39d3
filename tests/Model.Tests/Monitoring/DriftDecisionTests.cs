using Mlops.Model.Features;
using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.Checks;
using Mlops.Model.Training.Monitoring.Drift;

namespace Mlops.Model.Tests.Monitoring;

/// <summary>Drift statistics never fire on sampling noise alone, and the tests see shifts smaller than a histogram bin.</summary>
public sealed class DriftDecisionTests(MonitoringWorld world) : IClassFixture<MonitoringWorld>
{
    [Theory]
    [InlineData(false, 0.9, 0.3, 0.01, false)] // PSI far above its limit, but the test does not reject
    [InlineData(false, 0.01, 1e-6, 0.01, true)] // small batch: the test decides
    [InlineData(true, 0.05, 1e-9, 0.05, false)] // large batch: significant but harmless
    [InlineData(true, 0.05, 1e-9, 0.5, true)] // large batch: significant and far
    public void A_feature_drifts_only_with_a_significant_test_and_on_large_batches_a_large_enough_change(bool large, double psi, double pValue, double distance, bool drifted)
    {
        var drift = new FeatureDrift
        {
            Feature = "x", Kind = FeatureKind.Numeric, Psi = psi, PsiLimit = 0.2, Test = "KS", PValue = pValue, PValueLimit = 1e-4,
            Distance = "Wasserstein (std)", DistanceValue = distance, DistanceLimit = 0.15, LargeSample = large,
            Change = "mean 1 → 2 (+1.00 σ)", Picture = new DriftPicture([], [], []),
        };

        Assert.Equal(drifted, drift.Drifted);
    }

    [Fact]
    public void A_half_sigma_shift_of_an_integer_column_inside_its_bins_is_seen_on_300_rows()
    {
        var shift = new ChurnShift { CovariateShift = new Dictionary<string, double> { [ChurnColumns.SupportCalls] = 0.5 } };

        var result = world.Evaluate(rows: 300, seed: 701, shift);

        var calls = result.Drift.Single(d => d.Feature == ChurnColumns.SupportCalls);
        Assert.True(calls.Drifted, $"KS p {calls.PValue}, PSI {calls.Psi}");
        Assert.True(world.Profile.Find(ChurnColumns.SupportCalls)!.Distribution!.Exact);
    }

    [Fact]
    public void The_two_sample_KS_on_the_stored_distribution_sees_a_shift_the_bins_hide()
    {
        var reference = new ValueDistribution([0, 1], [500, 500], Exact: true);
        var batch = Enumerable.Range(0, 200).Select(i => (i % 2) + 0.25).ToArray();
        var binned = new BinnedReference(new Histogram([0, 1, 1.5], [500, 500]));

        var (ks, wasserstein) = DistributionComparison.Compare(reference, 1000, batch);

        Assert.True(ks.PValue < 1e-6, $"p {ks.PValue}");
        Assert.Equal(0.25, wasserstein, precision: 9);
        Assert.Equal(binned.Counts, binned.CountsOf(batch).Select(c => c * 5).ToArray());
    }

    [Fact]
    public void Prediction_PSI_alone_on_a_few_rows_does_not_breach()
    {
        var reference = new Histogram([.. Enumerable.Range(0, 11).Select(i => i / 10.0)], [.. Enumerable.Repeat(1000L, 10)]);
        var probabilities = Enumerable.Range(0, 30).Select(i => ((i % 5) * 0.2) + 0.05).ToList();

        var check = PredictionDrift.Check(reference, probabilities, psiLimit: 0.2, pValueLimit: 1e-4);

        Assert.Equal(CheckStatus.Pass, check.Status);
        Assert.True(double.Parse(check.Value.Split(';')[0]["PSI ".Length..], System.Globalization.CultureInfo.InvariantCulture) > 0.2, check.Value);
    }

    [Fact]
    public void A_rare_category_is_pooled_until_its_cell_expects_enough_values_for_the_chi_square_tail()
    {
        // Training: 0.2 % 'c'; the batch has 9 of 1,000 where 2 are expected. Exactly (Poisson) that is p ≈ 0.0002, not drift
        // at 0.0001; alone in a cell, Pearson's χ² would read (9 − 2)² / 2 = 24.5 and call it drift.
        var frequencies = new CategoryFrequencies(3, [new("a", 6000), new("b", 3980), new("c", 20)], 0) { Rare = [] };
        var profile = new DataProfile
        {
            Source = "training", Rows = 10_000,
            Columns = [new ColumnProfile { Name = "x", Kind = FeatureKind.Categorical, Count = 10_000, Missing = 0, Frequencies = frequencies }],
        };
        string?[] values = [.. Enumerable.Repeat("a", 600), .. Enumerable.Repeat("b", 391), .. Enumerable.Repeat("c", 9)];
        var batch = new ColumnTable("batch", [new CategoricalColumn("x", values)], "y", [.. values.Select((_, i) => i % 2)]);

        var drift = DriftChecks.Run(profile, batch, new DriftLimits()).Single();

        Assert.False(drift.Drifted, $"χ² p {drift.PValue}");
    }
}
