namespace Mlops.Model.Training.Evaluation;

/// <summary>
/// Running sums over groups of equal probability, visited from the highest probability down,
/// from which every metric follows. Counts are weighted by how often a resample drew each row.
/// </summary>
internal struct WeightedTotals
{
    private int _positives;
    private int _negatives;
    private int _truePositives;
    private int _falsePositives;
    private double _orderedPairs;
    private double _precisionSum;
    private double _logLossSum;
    private double _brierSum;

    /// <summary>Adds the next group down; <paramref name="predictedPositive"/> when its probability reaches the threshold.</summary>
    public void AddGroup(int positives, int negatives, double logLoss, double brier, bool predictedPositive)
    {
        // Mann-Whitney: a negative here ranks below every positive above it and ties (half a pair) with each positive beside it.
        _orderedPairs += negatives * (_positives + (positives / 2.0));
        _positives += positives;
        _negatives += negatives;
        // Average precision: the recall step of this group times the precision at its threshold.
        _precisionSum += positives == 0 ? 0 : positives * (double)_positives / (_positives + _negatives);
        _truePositives += predictedPositive ? positives : 0;
        _falsePositives += predictedPositive ? negatives : 0;
        _logLossSum += logLoss;
        _brierSum += brier;
    }

    public readonly MetricSet ToMetrics(double threshold)
    {
        var confusion = new ConfusionMatrix(
            _truePositives, _falsePositives, TrueNegatives: _negatives - _falsePositives, FalseNegatives: _positives - _truePositives);
        var bothClasses = _positives > 0 && _negatives > 0;
        return new MetricSet(
            Accuracy: Ratio(confusion.TruePositives + confusion.TrueNegatives, confusion.Total),
            Precision: Ratio(confusion.TruePositives, confusion.PredictedPositives),
            Recall: Ratio(confusion.TruePositives, confusion.ActualPositives),
            F1: Ratio(2 * confusion.TruePositives, confusion.PredictedPositives + confusion.ActualPositives),
            RocAuc: bothClasses ? _orderedPairs / ((double)_positives * _negatives) : double.NaN,
            PrAuc: bothClasses ? _precisionSum / _positives : double.NaN,
            LogLoss: _logLossSum / confusion.Total,
            Brier: _brierSum / confusion.Total,
            Confusion: confusion,
            Threshold: threshold);
    }

    // sklearn's zero_division=0: a ratio with nothing to divide by is 0.
    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
