using System.Globalization;
using Mlops.Model.Features;
using Mlops.Model.Profiles;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Monitoring.Drift;

namespace Mlops.Model.Training.Monitoring.Checks;

/// <summary>
/// A numeric feature's drift: KS and Wasserstein on the profile's value distribution (exact counts or fine quantiles,
/// so shifts inside a histogram bin show), or on the histogram's bins for a profile written before it was kept; PSI
/// and the picture on the histogram's bins.
/// </summary>
internal static class NumericDrift
{
    public static FeatureDrift Of(ColumnProfile profile, double[] values, DriftLimits limits, bool large)
    {
        var (histogram, summary) = (profile.Histogram!, profile.Summary!);
        var binned = new BinnedReference(histogram);
        var counts = binned.CountsOf(values);
        var (pValue, wasserstein) = profile.Distribution is { } distribution
            ? Compare(distribution, profile.Count, values, summary.Std)
            : (BinnedKolmogorovSmirnov.Test(binned, counts).PValue, BinnedWasserstein.Normalized(binned, counts, summary.Std));
        return new FeatureDrift
        {
            Feature = profile.Name,
            Kind = FeatureKind.Numeric,
            Psi = PopulationStability.Index(binned.Counts, counts),
            PsiLimit = limits.Psi,
            Test = "KS",
            PValue = pValue,
            PValueLimit = limits.KsPValue,
            Distance = "Wasserstein (std)",
            DistanceValue = wasserstein,
            DistanceLimit = limits.Wasserstein,
            LargeSample = large,
            Change = MeanChange(summary, values),
            Picture = new DriftPicture([.. Enumerable.Range(0, binned.Bins).Select(i => BinLabel(binned, i))], Shares(binned.Counts), Shares(counts)),
        };
    }

    private static (double PValue, double Wasserstein) Compare(ValueDistribution distribution, long rows, double[] values, double std)
    {
        var (ks, area) = DistributionComparison.Compare(distribution, rows, values);
        return (ks.PValue, std > 0 ? area / std : double.NaN);
    }

    private static string MeanChange(NumericSummary summary, double[] values)
    {
        var present = values.Where(v => !double.IsNaN(v)).ToList();
        if (present.Count == 0)
        {
            return "no values present";
        }

        var mean = present.Average();
        var shift = summary.Std > 0 ? (mean - summary.Mean) / summary.Std : double.NaN;
        return string.Create(CultureInfo.InvariantCulture, $"mean {Format.Number(summary.Mean)} → {Format.Number(mean)} ({shift:+0.00;-0.00;0.00} σ)");
    }

    private static string BinLabel(BinnedReference binned, int bin) =>
        $"[{Format.Number(binned.Edges[bin])}, {Format.Number(binned.Edges[bin + 1])}{(bin == binned.Bins - 1 ? "]" : ")")}";

    internal static double[] Shares(IReadOnlyList<double> counts)
    {
        var total = counts.Sum();
        return [.. counts.Select(c => total > 0 ? c / total : 0)];
    }
}
