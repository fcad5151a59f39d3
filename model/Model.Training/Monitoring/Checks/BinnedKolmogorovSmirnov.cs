using Mlops.Model.Training.Monitoring.Drift;

namespace Mlops.Model.Training.Monitoring.Checks;

/// <summary>
/// KS on the profile's bins: D = max |F_batch − F_reference| at the bin edges only, the resolution the reference
/// really has. Evaluating between edges, on the interpolated CDF,
/// rejects every batch of an integer column (support calls, late payments): the batch's CDF jumps at each integer
/// while the interpolated reference rises evenly. Grouping makes the test conservative, never too eager. The
/// reference is itself a sample, so the p-value uses the two-sample effective size n·m / (n + m).
/// </summary>
internal static class BinnedKolmogorovSmirnov
{
    public static DriftTest Test(BinnedReference reference, double[] batchCounts)
    {
        var batchTotal = batchCounts.Sum();
        if (!(batchTotal > 0))
        {
            return new DriftTest(double.NaN, double.NaN);
        }

        double referenceCumulative = 0, batchCumulative = 0, d = 0;
        for (var bin = 0; bin < reference.Bins - 1; bin++)
        {
            referenceCumulative += reference.Counts[bin] / reference.Total;
            batchCumulative += batchCounts[bin] / batchTotal;
            d = Math.Max(d, Math.Abs(batchCumulative - referenceCumulative));
        }

        var effective = batchTotal * reference.Total / (batchTotal + reference.Total);
        return new DriftTest(d, KolmogorovSmirnov.PValue(d, (int)Math.Max(1, Math.Round(effective))));
    }
}
