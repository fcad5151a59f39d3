using System.Buffers;
using Mlops.Model.Profiles;

namespace Mlops.Model.Training.Profiling;

/// <summary>Summary and histogram of one numeric column, from one sorted copy of its present values.</summary>
internal static class NumericStatistics
{
    public static (NumericSummary? Summary, Histogram? Histogram, long Missing) Compute(double[] values, int bins)
    {
        var sorted = ArrayPool<double>.Shared.Rent(Math.Max(1, values.Length));
        try
        {
            var count = CopyPresent(values, sorted);
            var present = sorted.AsSpan(0, count);
            var missing = values.Length - count;
            if (count == 0)
            {
                return (null, null, missing);
            }

            var (mean, std) = MeanAndStd(present);
            present.Sort();
            var quantiles = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var percentile in NumericSummary.Percentiles)
            {
                quantiles[NumericSummary.Key(percentile)] = Quantile(present, percentile / 100.0);
            }

            var summary = new NumericSummary(mean, std, present[0], present[^1], Quantile(present, 0.5), quantiles);
            return (summary, HistogramOf(present, bins), missing);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(sorted);
        }
    }

    /// <summary>Linear interpolation between order statistics (numpy's default, pandas' describe).</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double probability)
    {
        var position = probability * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }

    private static int CopyPresent(double[] values, double[] target)
    {
        var count = 0;
        foreach (var value in values)
        {
            if (!double.IsNaN(value))
            {
                target[count++] = value;
            }
        }

        return count;
    }

    private static (double Mean, double Std) MeanAndStd(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        var mean = sum / values.Length;
        var squares = 0.0;
        foreach (var value in values)
        {
            squares += (value - mean) * (value - mean);
        }

        return (mean, values.Length > 1 ? Math.Sqrt(squares / (values.Length - 1)) : double.NaN);
    }

    private static Histogram HistogramOf(ReadOnlySpan<double> sorted, int bins)
    {
        var edges = new List<double> { sorted[0] };
        for (var bin = 1; bin < bins; bin++)
        {
            var edge = Quantile(sorted, (double)bin / bins);
            if (edge > edges[^1])
            {
                edges.Add(edge);
            }
        }

        if (sorted[^1] > edges[^1] || edges.Count == 1)
        {
            edges.Add(sorted[^1]);
        }

        var counts = new long[edges.Count - 1];
        var histogram = new Histogram(edges, counts);
        foreach (var value in sorted)
        {
            counts[histogram.BinOf(value)]++;
        }

        return histogram;
    }
}
