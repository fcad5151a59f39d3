using Mlops.Model.Training.Evaluation;

namespace Mlops.Model.Tests.Evaluation;

public sealed class ThresholdSelectionTests
{
    [Fact]
    public void Max_f1_picks_the_probability_that_separates_best()
    {
        // At 0.6: TP 2, FP 0, FN 1 → F1 0.8. At 0.4: TP 3, FP 1 → F1 6/7, the best. At 0.3: TP 3, FP 2 → 0.75.
        int[] labels = [1, 1, 0, 1, 0];
        double[] probabilities = [0.9, 0.6, 0.5, 0.4, 0.3];

        Assert.Equal(0.4, ThresholdSelection.MaxF1(labels, probabilities));
    }

    [Fact]
    public void Max_f1_keeps_the_highest_threshold_on_a_tie()
    {
        // At 0.8: TP 1, FN 1 → 2/3. At 0.5: 1/2. At 0.4: 2/5. At 0.2: TP 2, FP 2 → 2/3 again.
        Assert.Equal(0.8, ThresholdSelection.MaxF1([1, 0, 0, 1], [0.8, 0.5, 0.4, 0.2]));
    }

    [Fact]
    public void Max_f1_without_a_positive_label_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => ThresholdSelection.MaxF1([0, 0], [0.3, 0.7]));
    }

    [Fact]
    public void A_fixed_rule_ignores_the_rows_and_the_max_f1_rule_searches_them()
    {
        int[] labels = [1, 1, 0, 1, 0];
        double[] probabilities = [0.9, 0.6, 0.5, 0.4, 0.3];

        Assert.Equal(0.5, ThresholdRule.Fixed(0.5).Choose(labels, probabilities));
        Assert.Equal(0.4, ThresholdRule.MaxF1.Choose(labels, probabilities));
    }

    [Theory]
    [InlineData("max_f1", null)]
    [InlineData(" MAX_F1 ", null)]
    [InlineData("0.35", 0.35)]
    [InlineData("1", 1.0)]
    public void Rules_parse_from_spec_text(string text, double? expectedFixedThreshold)
    {
        Assert.Equal(expectedFixedThreshold, ThresholdRule.Parse(text).FixedThreshold);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("0,5")]
    [InlineData("best")]
    public void Unreadable_rules_name_the_text(string text)
    {
        Assert.Contains(text, Assert.Throws<FormatException>(() => ThresholdRule.Parse(text)).Message, StringComparison.Ordinal);
    }
}
