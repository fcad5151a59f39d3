using Mlops.Model.Profiles;

namespace Mlops.Model.Training.Monitoring.Drift;

/// <summary>
/// A batch's values against the profile's <see cref="ValueDistribution"/>, in one walk over the merged values: the
/// two-sample Kolmogorov–Smirnov statistic D = sup |F_batch − F_reference| (both step CDFs, so ties and integer codes
/// are handled exactly and a shift smaller than a histogram bin still shows) with the p-value for the effective size
/// n·m / (n + m) (the reference is itself a sample of m rows), and the Wasserstein distance ∫ |F_batch − F_reference| dx.
/// With ties the asymptotic p-value is conservative: it may miss a little, never alarm more.
/// </summary>
public static class DistributionComparison
{
    public static (DriftTest Ks, double Wasserstein) Compare(ValueDistribution reference, long referenceRows, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var batch = KolmogorovSmirnov.Present(values);
        var referenceTotal = (double)reference.Weights.Sum();
        if (batch.Length == 0 || !(referenceTotal > 0))
        {
            return (new DriftTest(double.NaN, double.NaN), double.NaN);
        }

        Array.Sort(batch);
        var (d, area) = Walk(reference, referenceTotal, batch);
        var effective = (double)batch.Length * referenceRows / (batch.Length + referenceRows);
        return (new DriftTest(d, KolmogorovSmirnov.PValue(d, (int)Math.Max(1, Math.Round(effective)))), area);
    }

    private static (double D, double Area) Walk(ValueDistribution reference, double referenceTotal, double[] batch)
    {
        int r = 0, b = 0;
        double referenceBelow = 0, d = 0, area = 0, gap = 0, previous = double.NaN;
        while (r < reference.Values.Count || b < batch.Length)
        {
            var x = Math.Min(r < reference.Values.Count ? reference.Values[r] : double.PositiveInfinity, b < batch.Length ? batch[b] : double.PositiveInfinity);
            area += double.IsNaN(previous) ? 0 : (x - previous) * gap;
            while (r < reference.Values.Count && reference.Values[r] <= x)
            {
                referenceBelow += reference.Weights[r++];
            }

            while (b < batch.Length && batch[b] <= x)
            {
                b++;
            }

            gap = Math.Abs(((double)b / batch.Length) - (referenceBelow / referenceTotal));
            d = Math.Max(d, gap);
            previous = x;
        }

        return (d, area);
    }
}
