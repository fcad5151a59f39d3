using Mlops.Model.Cards;

namespace Mlops.Model.Training.Evaluation;

/// <summary>
/// The ROC and precision-recall curves (one point per distinct probability, highest first, thinned for display) and
/// the reliability table of one set of predictions.
/// </summary>
public static class Curves
{
    /// <summary>At most this many points per curve on the card; the dashboard draws them as a polyline.</summary>
    public const int MaxPoints = 201;

    public const int CalibrationBins = 10;

    public static (IReadOnlyList<RocPoint> Roc, IReadOnlyList<PrPoint> Pr) Of(ReadOnlySpan<int> labels, ReadOnlySpan<double> probabilities)
    {
        var ranked = RankedPredictions.Create(labels, probabilities);
        var groups = ranked.DistinctProbabilities().ToList();
        var positives = groups.Sum(group => group.Positives);
        var negatives = groups.Sum(group => group.Negatives);
        List<RocPoint> roc = [new(0, 0)];
        List<PrPoint> pr = [new(0, 1)];
        int truePositives = 0, falsePositives = 0;
        foreach (var group in groups)
        {
            truePositives += group.Positives;
            falsePositives += group.Negatives;
            var recall = Rate(truePositives, positives);
            roc.Add(new RocPoint(Rate(falsePositives, negatives), recall));
            pr.Add(new PrPoint(recall, Rate(truePositives, truePositives + falsePositives)));
        }

        return (Thin(roc), Thin(pr));
    }

    /// <summary>Ten equal-width probability bins; empty bins are left out.</summary>
    public static IReadOnlyList<CalibrationBin> Reliability(ReadOnlySpan<int> labels, ReadOnlySpan<double> probabilities)
    {
        PredictionInput.Validate(labels, probabilities);
        var rows = new int[CalibrationBins];
        var predicted = new double[CalibrationBins];
        var observed = new int[CalibrationBins];
        for (var row = 0; row < labels.Length; row++)
        {
            var bin = Math.Min((int)(probabilities[row] * CalibrationBins), CalibrationBins - 1);
            rows[bin]++;
            predicted[bin] += probabilities[row];
            observed[bin] += labels[row];
        }

        return [.. Enumerable.Range(0, CalibrationBins)
            .Where(bin => rows[bin] > 0)
            .Select(bin => new CalibrationBin((double)bin / CalibrationBins, (double)(bin + 1) / CalibrationBins, rows[bin], predicted[bin] / rows[bin], (double)observed[bin] / rows[bin]))];
    }

    private static double Rate(int count, int total) => total == 0 ? 0 : (double)count / total;

    // Every k-th point, always keeping the last, so the curve still ends at (1, 1) for ROC.
    private static List<T> Thin<T>(List<T> points)
    {
        if (points.Count <= MaxPoints)
        {
            return points;
        }

        var stride = (points.Count - 1 + MaxPoints - 3) / (MaxPoints - 2);
        var kept = points.Where((_, index) => index % stride == 0).ToList();
        if (kept.Count == 0 || !EqualityComparer<T>.Default.Equals(kept[^1], points[^1]))
        {
            kept.Add(points[^1]);
        }

        return kept;
    }
}
