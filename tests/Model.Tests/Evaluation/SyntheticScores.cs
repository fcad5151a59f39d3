namespace Mlops.Model.Tests.Evaluation;

/// <summary>Seeded labels and informative-but-imperfect probabilities for the bootstrap tests.</summary>
internal static class SyntheticScores
{
    public static (int[] Labels, double[] Probabilities) Make(int rows, int seed, double positiveRate = 0.3)
    {
        var random = new Random(seed);
        var labels = new int[rows];
        var probabilities = new double[rows];
        for (var row = 0; row < rows; row++)
        {
            labels[row] = random.NextDouble() < positiveRate ? 1 : 0;
            // Rounded to two decimals so that ties occur, as they do with tree ensembles.
            probabilities[row] = Math.Round(Math.Clamp((0.25 + (0.35 * labels[row])) + ((random.NextDouble() - 0.5) * 0.7), 0, 1), 2);
        }

        return (labels, probabilities);
    }

    /// <summary>The same probabilities in a seeded random order: same distribution, no information about the labels.</summary>
    public static double[] Shuffled(double[] probabilities, int seed)
    {
        var copy = (double[])probabilities.Clone();
        new Random(seed).Shuffle(copy);
        return copy;
    }
}
