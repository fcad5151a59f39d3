using Mlops.Model.Training.Evaluation;

namespace Mlops.Model.Tests.Evaluation;

public sealed class BootstrapTests
{
    [Fact]
    public void The_same_seed_gives_the_same_intervals_and_another_seed_other_ones()
    {
        var (labels, probabilities) = SyntheticScores.Make(rows: 500, seed: 1);

        var first = Bootstrap.Compute(labels, probabilities, 0.5, new BootstrapOptions(seed: 42, resamples: 200));
        var again = Bootstrap.Compute(labels, probabilities, 0.5, new BootstrapOptions(seed: 42, resamples: 200));
        var other = Bootstrap.Compute(labels, probabilities, 0.5, new BootstrapOptions(seed: 43, resamples: 200));

        Assert.All(MetricNames.All, metric => Assert.Equal(first.Get(metric), again.Get(metric)));
        Assert.Contains(MetricNames.All, metric => first.Get(metric) != other.Get(metric));
    }

    [Fact]
    public void Every_interval_contains_the_point_estimate_on_all_rows()
    {
        var fixture = SklearnFixtures.Get("random_with_ties");

        var result = Bootstrap.Compute(fixture.Labels, fixture.Probabilities, fixture.Threshold, new BootstrapOptions(seed: 7));

        Assert.All(MetricNames.All, metric =>
        {
            var estimate = result.Get(metric);
            Assert.Equal(result.Point.Get(metric), estimate.Value);
            Assert.InRange(estimate.Value, estimate.Lower, estimate.Upper);
            Assert.True(estimate.Lower < estimate.Upper, $"{metric}: the interval [{estimate.Lower}, {estimate.Upper}] has no width");
        });
    }

    [Fact]
    public void Intervals_narrow_as_the_rows_grow()
    {
        var (fewLabels, fewProbabilities) = SyntheticScores.Make(rows: 300, seed: 2);
        var (manyLabels, manyProbabilities) = SyntheticScores.Make(rows: 12_000, seed: 2);
        var options = new BootstrapOptions(seed: 3, resamples: 200);

        var few = Bootstrap.Compute(fewLabels, fewProbabilities, 0.5, options);
        var many = Bootstrap.Compute(manyLabels, manyProbabilities, 0.5, options);

        // 40 times the rows: the width should shrink about √40 ≈ 6 times; demand at least 2.
        Assert.All(MetricNames.All, metric => Assert.True(
            Width(many.Get(metric)) < Width(few.Get(metric)) / 2,
            $"{metric}: {Width(many.Get(metric))} on 12,000 rows vs {Width(few.Get(metric))} on 300"));
    }

    [Fact]
    public void A_higher_confidence_gives_wider_intervals()
    {
        var (labels, probabilities) = SyntheticScores.Make(rows: 800, seed: 4);

        var ninety = Bootstrap.Compute(labels, probabilities, 0.5, new BootstrapOptions(seed: 5, resamples: 300, confidence: 0.90));
        var ninetyNine = Bootstrap.Compute(labels, probabilities, 0.5, new BootstrapOptions(seed: 5, resamples: 300, confidence: 0.99));

        Assert.All(MetricNames.All, metric => Assert.True(Width(ninetyNine.Get(metric)) > Width(ninety.Get(metric)), metric));
    }

    [Fact]
    public void Resamples_that_miss_the_rare_class_are_left_out_of_the_area_intervals()
    {
        // One positive in 40 rows: about a third of the resamples hold no positive and have no ROC AUC.
        var labels = Enumerable.Range(0, 40).Select(row => row == 0 ? 1 : 0).ToArray();
        var probabilities = Enumerable.Range(0, 40).Select(row => row == 0 ? 0.9 : row / 100.0).ToArray();

        var rocAuc = Bootstrap.Compute(labels, probabilities, 0.5, new BootstrapOptions(seed: 6, resamples: 300)).Get(MetricNames.RocAuc);

        Assert.Equal(1, rocAuc.Lower);
        Assert.Equal(1, rocAuc.Upper);
    }

    [Fact]
    public void Options_default_to_a_thousand_resamples_at_95_percent_and_reject_nonsense()
    {
        var options = new BootstrapOptions(seed: 1);

        Assert.Equal(1000, options.Resamples);
        Assert.Equal(0.95, options.Confidence);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BootstrapOptions(seed: 1, resamples: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BootstrapOptions(seed: 1, confidence: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BootstrapOptions(seed: 1, confidence: double.NaN));
    }

    private static double Width(MetricEstimate estimate) => estimate.Upper - estimate.Lower;
}
