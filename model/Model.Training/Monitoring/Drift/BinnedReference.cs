using Mlops.Model.Profiles;

namespace Mlops.Model.Training.Monitoring.Drift;

/// <summary>
/// A numeric column's training distribution as the profile stores it (the histogram's edges and counts),
/// and the bins a batch's values fall in. Drift checks read only this, never the training rows.
/// </summary>
public sealed class BinnedReference
{
    private readonly Histogram _histogram;

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
    }

    public IReadOnlyList<double> Edges { get; }

    public IReadOnlyList<double> Counts { get; }

    public double Total { get; }

    public int Bins => Counts.Count;

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
}
