using Mlops.Model.Training.Reporting.Charts;

namespace Mlops.Model.Tests.Reporting;

public sealed class ClassifierCurvesTests
{
    // Scores 0.9 (+), 0.8 (−), 0.7 (+), 0.7 (−), 0.2 (−): two positives, three negatives, one tie.
    private static readonly int[] Labels = [1, 0, 1, 0, 0];
    private static readonly double[] Scores = [0.9, 0.8, 0.7, 0.7, 0.2];

    [Fact]
    public void The_roc_curve_steps_through_each_distinct_score_and_moves_ties_together()
    {
        var curves = ClassifierCurves.FromPredictions(Labels, Scores);

        Assert.Equal(
            [new(0, 0), new(0, 0.5), new(1 / 3.0, 0.5), new(2 / 3.0, 1), new(1, 1)],
            curves.Roc);
    }

    [Fact]
    public void The_precision_recall_curve_has_a_point_per_distinct_score()
    {
        var curves = ClassifierCurves.FromPredictions(Labels, Scores);

        Assert.Equal([new(0.5, 1), new(0.5, 0.5), new(1, 0.5), new(1, 0.4)], curves.PrecisionRecall);
    }

    [Fact]
    public void Calibration_compares_the_mean_score_with_the_positive_rate_in_each_occupied_bin()
    {
        var curves = ClassifierCurves.FromPredictions(Labels, Scores);

        Assert.Equal([(0.2, 0.0, 1), (0.7, 0.5, 2), (0.8, 0.0, 1), (0.9, 1.0, 1)], curves.Calibration.Select(b => (Math.Round(b.MeanPredicted, 9), b.ObservedRate, b.Rows)));
    }

    [Fact]
    public void The_histogram_counts_each_class_in_its_own_bars_and_puts_a_score_of_one_in_the_last_bin()
    {
        var curves = ClassifierCurves.FromPredictions([1, 1, 0], [1.0, 0.96, 0.01]);

        Assert.Equal(2, curves.PositiveCounts[^1]);
        Assert.Equal(1, curves.NegativeCounts[0]);
        Assert.Equal(3, curves.PositiveCounts.Sum() + curves.NegativeCounts.Sum());
    }

    [Fact]
    public void A_malformed_predictions_file_names_the_file_and_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "row,label,probability,predicted\n1,1,0.9,1\n2,yes,0.1,0\n");

            var error = Assert.Throws<InvalidDataException>(() => ClassifierCurves.FromPredictionsFile(path));

            Assert.Contains($"{path}, line 3", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
