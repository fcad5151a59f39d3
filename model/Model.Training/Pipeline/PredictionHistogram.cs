using Mlops.Model.Profiles;

namespace Mlops.Model.Training.Pipeline;

/// <summary>Predicted probabilities on ten fixed bins of width 0.1: the reference for drift of the model's output.</summary>
internal static class PredictionHistogram
{
    private const int Bins = 10;

    public static Histogram Of(IReadOnlyList<double> probabilities)
    {
        var edges = Enumerable.Range(0, Bins + 1).Select(edge => edge / (double)Bins).ToArray();
        var counts = new long[Bins];
        foreach (var probability in probabilities)
        {
            counts[Histogram.BinOf(edges, probability)]++;
        }

        return new Histogram(edges, counts);
    }
}
