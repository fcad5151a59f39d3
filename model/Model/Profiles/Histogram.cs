using System.Runtime.InteropServices;

namespace Mlops.Model.Profiles;

/// <summary>
/// Counts on stored bins, so new data can be binned the same way (PSI). Bin i holds values in
/// [Edges[i], Edges[i + 1]); the first bin also takes everything below, the last everything from its lower edge up.
/// </summary>
public sealed record Histogram(IReadOnlyList<double> Edges, IReadOnlyList<long> Counts)
{
    /// <summary>The bin of a value; no allocation for edges held as an array or a list (as JSON reading makes them).</summary>
    public int BinOf(double value) => Edges switch
    {
        double[] array => BinOf(array, value),
        List<double> list => BinOf(CollectionsMarshal.AsSpan(list), value),
        _ => BinOf(Edges.ToArray(), value),
    };

    /// <summary>The bin of a value on the given edges (edges.Length - 1 bins).</summary>
    public static int BinOf(ReadOnlySpan<double> edges, double value)
    {
        var low = 0;
        var high = edges.Length - 2;
        while (low < high)
        {
            // The first bin whose upper edge lies above the value.
            var middle = (low + high) / 2;
            if (value < edges[middle + 1])
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
