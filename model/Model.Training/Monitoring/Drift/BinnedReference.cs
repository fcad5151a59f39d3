using Mlops.Model.Profiles;

namespace Mlops.Model.Training.Monitoring.Drift;

/// <summary>
/// A numeric column's training distribution as the profile stores it (the histogram's edges and counts),
/// with the CDF and quantiles drift tests need. Drift checks read only this, never the training rows.
/// </summary>
public sealed class BinnedReference
{
    private readonly Histogram _histogram;
    private readonly double[] _cumulative;

    public BinnedReference(Histogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var (edges, counts) = (histogram.Edges, histogram.Counts);
        if (edges.Count != counts.Count + 1 || counts.Count == 0)
        {
            throw new ArgumentException($"A histogram needs one more edge than bins: {edges.Count} edges, {counts.Count} bins.");
        }

        _histogram = histogram;
        Edges = edges;
        Counts = [.. counts.Select(c => (double)c)];
        Total = Counts.Sum();
        if (!(Total > 0))
        {
            throw new ArgumentException("A reference histogram needs at least one counted value.");
        }

        _cumulative = new double[edges.Count];
        for (var i = 0; i < counts.Count; i++)
        {
            _cumulative[i + 1] = _cumulative[i] + (Counts[i] / Total);
        }
    }

    public IReadOnlyList<double> Edges { get; }

    public IReadOnlyList<double> Counts { get; }

    public double Total { get; }

    public int Bins => Counts.Count;

    public double[] Proportions() => [.. Counts.Select(c => c / Total)];

    /// <summary>The bin a value falls in; values beyond the training range go to the outer bins.</summary>
    public int BinOf(double value) => _histogram.BinOf(value);

    /// <summary>Counts of the non-missing values in each reference bin.</summary>
    public double[] CountsOf(ReadOnlySpan<double> values)
    {
        var counts = new double[Bins];
        foreach (var value in values)
        {
            if (!double.IsNaN(value))
            {
                counts[BinOf(value)]++;
            }
        }

        return counts;
    }

    /// <summary>The reference CDF, linear within each bin (the values inside a bin are taken as spread evenly).</summary>
    public double Cdf(double x)
    {
        if (x <= Edges[0])
        {
            return 0;
        }

        if (x >= Edges[^1])
        {
            return 1;
        }

        var bin = BinOf(x);
        var width = Edges[bin + 1] - Edges[bin];
        var within = width > 0 ? (x - Edges[bin]) / width : 1;
        return _cumulative[bin] + (within * (_cumulative[bin + 1] - _cumulative[bin]));
    }

    /// <summary>The inverse of <see cref="Cdf"/>: the value below which a fraction <paramref name="p"/> of the reference lies.</summary>
    public double Quantile(double p)
    {
        var bin = Array.BinarySearch(_cumulative, p);
        bin = bin >= 0 ? Math.Min(bin, Bins - 1) : Math.Clamp(~bin - 1, 0, Bins - 1);
        var mass = _cumulative[bin + 1] - _cumulative[bin];
        var within = mass > 0 ? (p - _cumulative[bin]) / mass : 0;
        return Edges[bin] + (Math.Clamp(within, 0, 1) * (Edges[bin + 1] - Edges[bin]));
    }

    /// <summary>The reference standard deviation, from bin midpoints.</summary>
    public double StandardDeviation()
    {
        var proportions = Proportions();
        var mean = 0.0;
        for (var i = 0; i < Bins; i++)
        {
            mean += proportions[i] * Midpoint(i);
        }

        var variance = 0.0;
        for (var i = 0; i < Bins; i++)
        {
            variance += proportions[i] * Math.Pow(Midpoint(i) - mean, 2);
        }

        return Math.Sqrt(variance);
    }

    private double Midpoint(int bin) => (Edges[bin] + Edges[bin + 1]) / 2;
}
