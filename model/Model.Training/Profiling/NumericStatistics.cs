using System.Buffers;
using Mlops.Model.Profiles;

namespace Mlops.Model.Training.Profiling;

/// <summary>Summary and histogram of one numeric column, from one partially ordered copy of its present values.</summary>
internal static class NumericStatistics
{
    public static (NumericSummary? Summary, Histogram? Histogram, long Missing) Compute(double[] values, int bins)
    {
        var copy = ArrayPool<double>.Shared.Rent(Math.Max(1, values.Length));
        try
        {
            var (count, sum, min, max) = CopyPresent(values, copy);
            var present = copy.AsSpan(0, count);
            var missing = values.Length - count;
            if (count == 0)
            {
                return (null, null, missing);
            }

            var mean = sum / count;
            var std = SampleStd(present, mean);
            var probabilities = NumericSummary.Percentiles.Select(p => p / 100.0).Concat(Enumerable.Range(1, bins - 1).Select(bin => (double)bin / bins)).ToList();
            OrderStatistics.Select(present, RanksFor(probabilities, count));
            var quantiles = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var percentile in NumericSummary.Percentiles)
            {
                quantiles[NumericSummary.Key(percentile)] = Quantile(present, percentile / 100.0);
            }

            var summary = new NumericSummary(mean, std, min, max, Quantile(present, 0.5), quantiles);
            return (summary, HistogramOf(present, min, max, bins), missing);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(copy);
        }
    }

    /// <summary>Linear interpolation between order statistics (numpy's default, pandas' describe).</summary>
    /// <param name="ordered">Sorted, or with the two order statistics around the probability in place.</param>
    public static double Quantile(ReadOnlySpan<double> ordered, double probability)
    {
        var (lower, upper) = Neighbours(probability, ordered.Length);
        var position = probability * (ordered.Length - 1);
        return ordered[lower] + ((position - lower) * (ordered[upper] - ordered[lower]));
    }

    private static (int Lower, int Upper) Neighbours(double probability, int count)
    {
        var lower = (int)Math.Floor(probability * (count - 1));
        return (lower, Math.Min(lower + 1, count - 1));
    }

    private static int[] RanksFor(IEnumerable<double> probabilities, int count) =>
        probabilities
            .SelectMany(p => new[] { Neighbours(p, count).Lower, Neighbours(p, count).Upper })
            .Distinct()
            .Order()
            .ToArray();

    /// <summary>Copies the present values and sums them in the same pass; the squares need the mean, so a second pass.</summary>
    private static (int Count, double Sum, double Min, double Max) CopyPresent(double[] values, double[] target)
    {
        var count = 0;
        var sum = 0.0;
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var value in values)
        {
            if (!double.IsNaN(value))
            {
                target[count++] = value;
                sum += value;
                min = Math.Min(min, value);
                max = Math.Max(max, value);
            }
        }

        return (count, sum, min, max);
    }

    private static double SampleStd(ReadOnlySpan<double> values, double mean)
    {
        var squares = 0.0;
        foreach (var value in values)
        {
            squares += (value - mean) * (value - mean);
        }

        return values.Length > 1 ? Math.Sqrt(squares / (values.Length - 1)) : double.NaN;
    }

    private static Histogram HistogramOf(ReadOnlySpan<double> ordered, double min, double max, int bins)
    {
        var edges = new List<double> { min };
        for (var bin = 1; bin < bins; bin++)
        {
            var edge = Quantile(ordered, (double)bin / bins);
            if (edge > edges[^1])
            {
                edges.Add(edge);
            }
        }

        if (max > edges[^1] || edges.Count == 1)
        {
            edges.Add(max);
        }

        var bounds = edges.ToArray();
        var counts = new long[bounds.Length - 1];
        foreach (var value in ordered)
        {
            counts[Histogram.BinOf(bounds, value)]++;
        }

        return new Histogram(bounds, counts);
    }
}
