using Mlops.Model.Training.Evaluation;

namespace Mlops.Model.Tests.Evaluation;

/// <summary>The verdict reads the interval in the metric's own direction.</summary>
public sealed class MetricDifferenceTests
{
    [Theory]
    [InlineData(-0.05, -0.03, 0.02, true)]   // the whole interval is below −0.02
    [InlineData(-0.05, -0.03, 0.04, false)]  // the interval reaches above −0.04
    [InlineData(-0.05, 0.01, 0.0, false)]    // the interval holds zero
    [InlineData(0.01, 0.03, 0.0, false)]     // better, not worse
    public void For_a_higher_is_better_metric_worse_means_the_interval_lies_below_minus_tolerance(
        double lower, double upper, double tolerance, bool expected)
    {
        var difference = new MetricDifference(MetricNames.RocAuc, 0.80, 0.84, -0.04, lower, upper);

        Assert.Equal(expected, difference.IsSignificantlyWorse(tolerance));
    }

    [Theory]
    [InlineData(0.03, 0.05, 0.02, true)]     // the loss rose by more than 0.02 throughout
    [InlineData(0.03, 0.05, 0.04, false)]
    [InlineData(-0.05, -0.03, 0.0, false)]   // the loss fell: better
    public void For_a_lower_is_better_metric_worse_means_the_interval_lies_above_tolerance(
        double lower, double upper, double tolerance, bool expected)
    {
        var difference = new MetricDifference(MetricNames.LogLoss, 0.44, 0.40, 0.04, lower, upper);

        Assert.Equal(expected, difference.IsSignificantlyWorse(tolerance));
    }

    [Fact]
    public void An_undefined_interval_is_not_worse_and_a_negative_tolerance_is_an_error()
    {
        var undefined = new MetricDifference(MetricNames.PrAuc, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

        Assert.False(undefined.IsSignificantlyWorse(0.01));
        Assert.Throws<ArgumentOutOfRangeException>(() => undefined.IsSignificantlyWorse(-0.01));
    }
}
