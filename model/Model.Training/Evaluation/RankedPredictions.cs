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

    /// <summary>The metrics when original row i counts <paramref name="weightsByRow"/>[i] times.</summary>
    public MetricSet Evaluate(ReadOnlySpan<int> weightsByRow, double threshold)
    {
        PredictionInput.ValidateThreshold(threshold);
        var confusion = CountOutcomes(weightsByRow, PredictedPositiveCount(threshold));
        var (rocAuc, prAuc) = RankingAreas(weightsByRow, confusion.ActualPositives, confusion.Total - confusion.ActualPositives);
        return new MetricSet(
            Accuracy: Ratio(confusion.TruePositives + confusion.TrueNegatives, confusion.Total),
            Precision: Ratio(confusion.TruePositives, confusion.PredictedPositives),
            Recall: Ratio(confusion.TruePositives, confusion.ActualPositives),
            F1: Ratio(2 * confusion.TruePositives, confusion.PredictedPositives + confusion.ActualPositives),
            RocAuc: rocAuc,
            PrAuc: prAuc,
            LogLoss: WeightedMean(_logLoss, weightsByRow, confusion.Total),
            Brier: WeightedMean(_brier, weightsByRow, confusion.Total),
            Confusion: confusion,
            Threshold: threshold);
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

    private ConfusionMatrix CountOutcomes(ReadOnlySpan<int> weightsByRow, int predictedPositive)
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0;
        for (var k = 0; k < _labels.Length; k++)
        {
            var weight = weightsByRow[_rowAt[k]];
            var positive = _labels[k] == 1;
            if (k < predictedPositive)
            {
                truePositives += positive ? weight : 0;
                falsePositives += positive ? 0 : weight;
            }
            else
            {
                falseNegatives += positive ? weight : 0;
                trueNegatives += positive ? 0 : weight;
            }
        }

        return new ConfusionMatrix(truePositives, falsePositives, trueNegatives, falseNegatives);
    }

    /// <summary>
    /// ROC AUC as the Mann-Whitney statistic (a tied positive/negative pair counts one half) and PR AUC as
    /// sklearn's average precision: Σ (recall step) × precision, one step per distinct probability.
    /// </summary>
    private (double RocAuc, double PrAuc) RankingAreas(ReadOnlySpan<int> weightsByRow, double positives, double negatives)
    {
        if (positives == 0 || negatives == 0)
        {
            return (double.NaN, double.NaN);
        }

        double positivesAbove = 0, negativesAbove = 0, orderedPairs = 0, precisionSum = 0;
        for (var group = 0; group < _groupStarts.Length - 1; group++)
        {
            var (groupPositives, groupNegatives) = WeightedClassCounts(weightsByRow, _groupStarts[group], _groupStarts[group + 1]);
            orderedPairs += groupNegatives * (positivesAbove + (groupPositives / 2.0));
            positivesAbove += groupPositives;
            negativesAbove += groupNegatives;
            if (groupPositives > 0)
            {
                precisionSum += groupPositives * positivesAbove / (positivesAbove + negativesAbove);
            }
        }

        return (orderedPairs / (positives * negatives), precisionSum / positives);
    }

    private (int Positives, int Negatives) WeightedClassCounts(ReadOnlySpan<int> weightsByRow, int start, int end)
    {
        int positives = 0, negatives = 0;
        for (var k = start; k < end; k++)
        {
            var weight = weightsByRow[_rowAt[k]];
            positives += _labels[k] * weight;
            negatives += (1 - _labels[k]) * weight;
        }

        return (positives, negatives);
    }

    private double WeightedMean(double[] termBySortedRow, ReadOnlySpan<int> weightsByRow, int totalWeight)
    {
        double sum = 0;
        for (var k = 0; k < termBySortedRow.Length; k++)
        {
            sum += termBySortedRow[k] * weightsByRow[_rowAt[k]];
        }

        return sum / totalWeight;
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

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    private static double Square(double value) => value * value;
}
