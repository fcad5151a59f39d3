namespace Mlops.Model.Profiles;

/// <summary>
/// Counts on stored bins, so new data can be binned the same way (PSI). Bin i holds values in
/// [Edges[i], Edges[i + 1]); the first bin also takes everything below, the last everything from its lower edge up.
/// </summary>
public sealed record Histogram(IReadOnlyList<double> Edges, IReadOnlyList<long> Counts)
{
    public int BinOf(double value)
    {
        var bins = Counts.Count;
        var low = 0;
        var high = bins - 1;
        while (low < high)
        {
            // The first bin whose upper edge lies above the value.
            var middle = (low + high) / 2;
            if (value < Edges[middle + 1])
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
