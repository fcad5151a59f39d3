using Mlops.Model.Training.Evaluation;

namespace Mlops.Model.Tests.Evaluation;

/// <summary>Every metric agrees with scikit-learn on the committed fixture cases.</summary>
public sealed class PointMetricsSklearnTests
{
    private const double Tolerance = 1e-12;

    public static TheoryData<string> CaseNames => [.. SklearnFixtures.Names];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Every_metric_matches_sklearn(string caseName)
    {
        var fixture = SklearnFixtures.Get(caseName);

        var metrics = PointMetrics.Compute(fixture.Labels, fixture.Probabilities, fixture.Threshold);

        foreach (var metric in MetricNames.All)
        {
            var expected = fixture.Expected[metric];
            Assert.True(
                Math.Abs(metrics.Get(metric) - expected) <= Tolerance * Math.Max(1, Math.Abs(expected)),
                $"{caseName}: {metric} is {metrics.Get(metric):R}, sklearn says {expected:R}");
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Confusion_matrix_matches_sklearn(string caseName)
    {
        var fixture = SklearnFixtures.Get(caseName);

        var confusion = PointMetrics.Compute(fixture.Labels, fixture.Probabilities, fixture.Threshold).Confusion;

        Assert.Equal(
            new ConfusionMatrix(
                (int)fixture.Expected["true_positives"],
                (int)fixture.Expected["false_positives"],
                (int)fixture.Expected["true_negatives"],
                (int)fixture.Expected["false_negatives"]),
            confusion);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Max_f1_threshold_matches_a_brute_force_search_with_sklearn(string caseName)
    {
        var fixture = SklearnFixtures.Get(caseName);

        var threshold = ThresholdSelection.MaxF1(fixture.Labels, fixture.Probabilities);

        Assert.Equal(fixture.Expected["max_f1_threshold"], threshold);
        Assert.Equal(fixture.Expected["max_f1"], PointMetrics.Compute(fixture.Labels, fixture.Probabilities, threshold).F1, Tolerance);
    }
}
