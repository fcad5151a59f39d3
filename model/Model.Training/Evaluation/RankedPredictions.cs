namespace Mlops.Model.Training.Evaluation;

/// <summary>
/// Predictions sorted once by descending probability, grouped into runs of equal probability.
/// Every metric is then one O(n) pass over row weights, so a bootstrap resample is a vector of counts
/// (how often each original row was drawn) rather than a copied and re-sorted sample.
/// </summary>
internal sealed class RankedPredictions
{
    // sklearn's historical log-loss clip: a confident wrong 0 or 1 costs ~34.5 instead of infinity.
    private const double LogLossClip = 1e-15;

    private readonly int[] _rowAt;
    private readonly int[] _labels;
    private readonly double[] _probabilities;
    private readonly int[] _groupStarts;
    private readonly double[] _logLoss;
    private readonly double[] _brier;
    private readonly int[] _everyRowOnce;

    private RankedPredictions(int[] rowAt, int[] labels, double[] probabilities)
    {
        _rowAt = rowAt;
        _labels = labels;
        _probabilities = probabilities;
        _groupStarts = GroupStarts(probabilities);
        _logLoss = PerRow(k => LogLossOf(labels[k], probabilities[k]));
        _brier = PerRow(k => Square(probabilities[k] - labels[k]));
        _everyRowOnce = PerRow(_ => 1);
    }

    public int Count => _labels.Length;

    public static RankedPredictions Create(ReadOnlySpan<int> labels, ReadOnlySpan<double> probabilities)
    {
        PredictionInput.Validate(labels, probabilities);
        var descending = probabilities.ToArray();
        var rowAt = Enumerable.Range(0, descending.Length).ToArray();
        Array.Sort(descending, rowAt);
        Array.Reverse(descending);
        Array.Reverse(rowAt);
        var sortedLabels = new int[rowAt.Length];
        for (var k = 0; k < rowAt.Length; k++)
        {
            sortedLabels[k] = labels[rowAt[k]];
        }

        return new RankedPredictions(rowAt, sortedLabels, descending);
    }

    /// <summary>The metrics of the rows as given, each counted once.</summary>
    public MetricSet Evaluate(double threshold) => Evaluate(_everyRowOnce, threshold);

    /// <summary>The metrics when original row i counts <paramref name="weightsByRow"/>[i] times. One pass, O(n).</summary>
    public MetricSet Evaluate(ReadOnlySpan<int> weightsByRow, double threshold)
    {
        PredictionInput.ValidateThreshold(threshold);
        var predictedPositive = PredictedPositiveCount(threshold);
        var totals = new WeightedTotals();
        for (var group = 0; group < _groupStarts.Length - 1; group++)
        {
            int start = _groupStarts[group], end = _groupStarts[group + 1];
            int positives = 0, negatives = 0;
            double logLoss = 0, brier = 0;
            for (var k = start; k < end; k++)
            {
                var weight = weightsByRow[_rowAt[k]];
                positives += _labels[k] * weight;
                negatives += (1 - _labels[k]) * weight;
                logLoss += _logLoss[k] * weight;
                brier += _brier[k] * weight;
            }

            // Equal probabilities fall on the same side of any threshold, so a group is predicted positive as a whole.
            totals.AddGroup(positives, negatives, logLoss, brier, predictedPositive: start < predictedPositive);
        }

        return totals.ToMetrics(threshold);
    }

    /// <summary>Each distinct probability (highest first) with the number of positives and negatives that have it.</summary>
    public IEnumerable<(double Probability, int Positives, int Negatives)> DistinctProbabilities()
    {
        for (var group = 0; group < _groupStarts.Length - 1; group++)
        {
            var positives = 0;
            for (var k = _groupStarts[group]; k < _groupStarts[group + 1]; k++)
            {
                positives += _labels[k];
            }

            var size = _groupStarts[group + 1] - _groupStarts[group];
            yield return (_probabilities[_groupStarts[group]], positives, size - positives);
        }
    }

    /// <summary>How many sorted rows have probability ≥ threshold (they form a prefix).</summary>
    private int PredictedPositiveCount(double threshold)
    {
        int low = 0, high = _probabilities.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_probabilities[middle] >= threshold)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private T[] PerRow<T>(Func<int, T> valueAt)
    {
        var values = new T[_labels.Length];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = valueAt(k);
        }

        return values;
    }

    private static int[] GroupStarts(double[] descending)
    {
        var starts = new List<int> { 0 };
        for (var k = 1; k < descending.Length; k++)
        {
            if (descending[k] != descending[k - 1])
            {
                starts.Add(k);
            }
        }

        starts.Add(descending.Length);
        return [.. starts];
    }

    private static double LogLossOf(int label, double probability)
    {
        var clipped = Math.Clamp(probability, LogLossClip, 1 - LogLossClip);
        return -Math.Log(label == 1 ? clipped : 1 - clipped);
    }

    private static double Square(double value) => value * value;
}
