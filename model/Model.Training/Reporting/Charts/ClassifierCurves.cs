using System.Globalization;

namespace Mlops.Model.Training.Reporting.Charts;

/// <summary>
/// The pictures of a classifier on its test rows: ROC and precision–recall curves, a calibration table (mean predicted
/// against observed positive rate in ten probability bins) and the score histogram of each class. Computed here from
/// the predictions (test-predictions.csv); when the model card carries its own curves, <see cref="FromPredictions"/>
/// is the one place to swap for a reader of the card.
/// </summary>
public sealed record ClassifierCurves(
    IReadOnlyList<CurvePoint> Roc,
    IReadOnlyList<CurvePoint> PrecisionRecall,
    IReadOnlyList<CalibrationBin> Calibration,
    IReadOnlyList<double> HistogramEdges,
    IReadOnlyList<long> PositiveCounts,
    IReadOnlyList<long> NegativeCounts)
{
    private const int Bins = 10;
    private const int HistogramBins = 20;

    public static ClassifierCurves FromPredictions(IReadOnlyList<int> labels, IReadOnlyList<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(probabilities);
        if (labels.Count != probabilities.Count || labels.Count == 0)
        {
            throw new ArgumentException($"Curves need as many labels as probabilities, at least one: {labels.Count} labels, {probabilities.Count} probabilities.", nameof(labels));
        }

        var (roc, pr) = RankCurves(labels, probabilities);
        var edges = Enumerable.Range(0, HistogramBins + 1).Select(i => i / (double)HistogramBins).ToArray();
        return new ClassifierCurves(roc, pr, Calibrate(labels, probabilities), edges, Histogram(labels, probabilities, 1), Histogram(labels, probabilities, 0));
    }

    /// <summary>Reads test-predictions.csv (row,label,probability,predicted), as Evaluate writes it.</summary>
    public static ClassifierCurves FromPredictionsFile(string path)
    {
        var labels = new List<int>();
        var probabilities = new List<double>();
        foreach (var (line, number) in File.ReadLines(path).Skip(1).Select((line, index) => (line, index + 2)))
        {
            var cells = line.Split(',');
            if (cells.Length < 3 || !int.TryParse(cells[1], CultureInfo.InvariantCulture, out var label)
                || !double.TryParse(cells[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var probability))
            {
                throw new InvalidDataException($"{path}, line {number}: expected row,label,probability,predicted, got '{line}'.");
            }

            labels.Add(label);
            probabilities.Add(probability);
        }

        return FromPredictions(labels, probabilities);
    }

    // One pass down the scores, highest first; tied scores move together, so the curve has one point per distinct score.
    private static (List<CurvePoint> Roc, List<CurvePoint> Pr) RankCurves(IReadOnlyList<int> labels, IReadOnlyList<double> probabilities)
    {
        var order = Enumerable.Range(0, labels.Count).OrderByDescending(i => probabilities[i]).ToArray();
        double positives = labels.Count(l => l == 1), negatives = labels.Count - positives;
        var roc = new List<CurvePoint> { new(0, 0) };
        var pr = new List<CurvePoint>();
        double truePositives = 0, falsePositives = 0;
        for (var k = 0; k < order.Length; k++)
        {
            truePositives += labels[order[k]];
            falsePositives += 1 - labels[order[k]];
            if (k + 1 < order.Length && probabilities[order[k + 1]] == probabilities[order[k]])
            {
                continue;
            }

            roc.Add(new CurvePoint(negatives == 0 ? 0 : falsePositives / negatives, positives == 0 ? 0 : truePositives / positives));
            pr.Add(new CurvePoint(positives == 0 ? 0 : truePositives / positives, truePositives / (truePositives + falsePositives)));
        }

        return (roc, pr);
    }

    private static List<CalibrationBin> Calibrate(IReadOnlyList<int> labels, IReadOnlyList<double> probabilities) =>
        [.. Enumerable.Range(0, labels.Count)
            .GroupBy(i => Math.Min(Bins - 1, (int)(probabilities[i] * Bins)))
            .OrderBy(bin => bin.Key)
            .Select(bin => new CalibrationBin(bin.Key / (double)Bins, (bin.Key + 1) / (double)Bins, bin.Average(i => probabilities[i]), bin.Average(i => (double)labels[i]), bin.Count()))];

    private static long[] Histogram(IReadOnlyList<int> labels, IReadOnlyList<double> probabilities, int label)
    {
        var counts = new long[HistogramBins];
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                counts[Math.Clamp((int)(probabilities[i] * HistogramBins), 0, HistogramBins - 1)]++;
            }
        }

        return counts;
    }
}

public sealed record CurvePoint(double X, double Y);

/// <summary>Rows whose probability fell in [From, To): their mean probability and the share that was positive.</summary>
public sealed record CalibrationBin(double From, double To, double MeanPredicted, double ObservedRate, int Rows);
