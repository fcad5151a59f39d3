namespace Mlops.Model.Training.Evaluation;

/// <summary>Checks that labels and probabilities can be evaluated, naming the first bad row.</summary>
internal static class PredictionInput
{
    public static void Validate(ReadOnlySpan<int> labels, ReadOnlySpan<double> probabilities)
    {
        if (labels.Length != probabilities.Length)
        {
            throw new ArgumentException(
                $"There are {labels.Length} labels but {probabilities.Length} probabilities; each row needs one of each.", nameof(probabilities));
        }

        if (labels.IsEmpty)
        {
            throw new ArgumentException("Cannot evaluate a model on zero rows.", nameof(labels));
        }

        for (var row = 0; row < labels.Length; row++)
        {
            if (labels[row] is not (0 or 1))
            {
                throw new ArgumentException($"Label at row {row} is {labels[row]}; labels must be 0 or 1.", nameof(labels));
            }

            if (!(probabilities[row] is >= 0 and <= 1))
            {
                throw new ArgumentException(
                    $"Probability at row {row} is {probabilities[row]}; probabilities must lie in [0, 1].", nameof(probabilities));
            }
        }
    }

    public static void ValidateThreshold(double threshold)
    {
        if (!(threshold is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The decision threshold must lie in [0, 1].");
        }
    }
}
