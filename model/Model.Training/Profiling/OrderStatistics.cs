namespace Mlops.Model.Training.Profiling;

/// <summary>
/// Puts the k-th smallest value at index k for every requested k, in expected linear time (a multi-quickselect
/// with three-way partitioning, so columns with many repeated values stay fast). A full sort would be O(n log n).
/// </summary>
internal static class OrderStatistics
{
    private const int SortBelow = 32;

    /// <param name="values">Reordered in place.</param>
    /// <param name="ranks">Ascending, distinct, each in [0, values.Length).</param>
    public static void Select(Span<double> values, ReadOnlySpan<int> ranks)
    {
        while (ranks.Length > 0)
        {
            if (values.Length <= SortBelow)
            {
                values.Sort();
                return;
            }

            var (lessEnd, greaterStart) = Partition(values, MedianOfThree(values));
            var left = CountBelow(ranks, lessEnd);
            var right = CountBelow(ranks, greaterStart);
            Select(values[..lessEnd], ranks[..left]);

            // The ranks between the two parts hold the pivot already; continue with the right part in this loop.
            var rest = new int[ranks.Length - right];
            for (var index = 0; index < rest.Length; index++)
            {
                rest[index] = ranks[right + index] - greaterStart;
            }

            values = values[greaterStart..];
            ranks = rest;
        }
    }

    private static int CountBelow(ReadOnlySpan<int> ranks, int limit)
    {
        var count = 0;
        while (count < ranks.Length && ranks[count] < limit)
        {
            count++;
        }

        return count;
    }

    private static double MedianOfThree(Span<double> values)
    {
        var a = values[0];
        var b = values[values.Length / 2];
        var c = values[^1];
        return Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
    }

    /// <summary>Dijkstra's three-way partition: [0, lessEnd) below the pivot, [lessEnd, greaterStart) equal, the rest above.</summary>
    private static (int LessEnd, int GreaterStart) Partition(Span<double> values, double pivot)
    {
        var less = 0;
        var index = 0;
        var greater = values.Length;
        while (index < greater)
        {
            var value = values[index];
            if (value < pivot)
            {
                (values[less], values[index]) = (value, values[less]);
                less++;
                index++;
            }
            else if (value > pivot)
            {
                greater--;
                (values[greater], values[index]) = (value, values[greater]);
            }
            else
            {
                index++;
            }
        }

        return (less, greater);
    }
}
