namespace Mlops.Model.Training.Evaluation;

/// <summary>Chooses the decision threshold that turns probabilities into predicted classes.</summary>
public static class ThresholdSelection
{
    /// <summary>
    /// The probability value that maximizes F1 when rows with probability ≥ it are predicted positive, searched over
    /// every distinct probability in O(n log n). On a tie the highest such threshold wins (fewest positive predictions).
    /// </summary>
    public static double MaxF1(ReadOnlySpan<int> labels, ReadOnlySpan<double> probabilities)
    {
        var distinct = RankedPredictions.Create(labels, probabilities).DistinctProbabilities().ToList();
        var actualPositives = distinct.Sum(group => group.Positives);
        if (actualPositives == 0)
        {
            throw new ArgumentException("Cannot choose a threshold by F1 when no label is positive: F1 is 0 at every threshold.", nameof(labels));
        }

        double bestThreshold = distinct[0].Probability, bestF1 = -1;
        int truePositives = 0, predictedPositives = 0;
        foreach (var (probability, positives, negatives) in distinct)
        {
            truePositives += positives;
            predictedPositives += positives + negatives;
            var f1 = 2.0 * truePositives / (predictedPositives + actualPositives);
            if (f1 > bestF1)
            {
                (bestThreshold, bestF1) = (probability, f1);
            }
        }

        return bestThreshold;
    }
}
