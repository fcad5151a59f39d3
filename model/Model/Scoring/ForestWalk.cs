using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mlops.Model.Scoring;

/// <summary>
/// The tree walks behind <see cref="TreeEnsemble"/>. A walk is a chain of dependent loads (node, then
/// the feature it reads, then the child), so one walk at a time leaves the CPU waiting on memory.
/// Both kernels keep four independent walks in flight instead: four trees of one row, or one tree of
/// four rows. Leaf values are still added to each row's margin in tree order, so the sums, and the
/// probabilities, are bit for bit those of a one-walk-at-a-time scorer (and of XGBoost's predictor).
/// </summary>
internal static class ForestWalk
{
    /// <summary>Walks in flight at once.</summary>
    private const int Lanes = 4;

    /// <summary>Rows scored together: their features and margins stay in L1 while every tree passes over them.</summary>
    private const int RowsPerTile = 64;

    /// <summary>The margin of one row: four trees walked side by side, for the deepest of the four's steps.</summary>
    public static float Margin(Forest forest, float baseMargin, ReadOnlySpan<float> features)
    {
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(forest.Nodes);
        ref var row = ref MemoryMarshal.GetReference(features);
        var leafValues = forest.LeafValues;
        var roots = forest.Roots;
        var depths = forest.Depths;
        var margin = baseMargin;
        var tree = 0;
        for (; tree + Lanes <= roots.Length; tree += Lanes)
        {
            int a = roots[tree], b = roots[tree + 1], c = roots[tree + 2], d = roots[tree + 3];

            // Leaves point to themselves, so steps past a shallower tree's depth leave it on its leaf.
            var steps = Math.Max(Math.Max(depths[tree], depths[tree + 1]), Math.Max(depths[tree + 2], depths[tree + 3]));
            for (; steps > 0; steps--)
            {
                a = Step(ref nodes, ref row, a);
                b = Step(ref nodes, ref row, b);
                c = Step(ref nodes, ref row, c);
                d = Step(ref nodes, ref row, d);
            }

            margin += leafValues[a];
            margin += leafValues[b];
            margin += leafValues[c];
            margin += leafValues[d];
        }

        for (; tree < roots.Length; tree++)
        {
            var index = roots[tree];
            for (var steps = depths[tree]; steps > 0; steps--)
            {
                index = Step(ref nodes, ref row, index);
            }

            margin += leafValues[index];
        }

        return margin;
    }

    /// <summary>The margins of row-major rows, a tile at a time: each tree walks four rows side by side.</summary>
    public static void Margins(Forest forest, float baseMargin, ReadOnlySpan<float> rowMajor, int columns, Span<float> margins)
    {
        for (var first = 0; first < margins.Length; first += RowsPerTile)
        {
            var count = Math.Min(RowsPerTile, margins.Length - first);
            Tile(forest, baseMargin, rowMajor.Slice(first * columns, count * columns), columns, margins.Slice(first, count));
        }
    }

    private static void Tile(Forest forest, float baseMargin, ReadOnlySpan<float> rowMajor, int columns, Span<float> margins)
    {
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(forest.Nodes);
        var leafValues = forest.LeafValues;
        var roots = forest.Roots;
        var depths = forest.Depths;
        margins.Fill(baseMargin);
        var lanesEnd = margins.Length - (margins.Length % Lanes);
        for (var tree = 0; tree < roots.Length; tree++)
        {
            var root = roots[tree];
            var depth = depths[tree];
            var row = 0;
            for (; row < lanesEnd; row += Lanes)
            {
                ref var first = ref Unsafe.AsRef(in rowMajor[row * columns]);
                ref var second = ref Unsafe.Add(ref first, columns);
                ref var third = ref Unsafe.Add(ref second, columns);
                ref var fourth = ref Unsafe.Add(ref third, columns);
                int a = root, b = root, c = root, d = root;
                for (var steps = depth; steps > 0; steps--)
                {
                    a = Step(ref nodes, ref first, a);
                    b = Step(ref nodes, ref second, b);
                    c = Step(ref nodes, ref third, c);
                    d = Step(ref nodes, ref fourth, d);
                }

                margins[row] += leafValues[a];
                margins[row + 1] += leafValues[b];
                margins[row + 2] += leafValues[c];
                margins[row + 3] += leafValues[d];
            }

            for (; row < margins.Length; row++)
            {
                ref var features = ref Unsafe.AsRef(in rowMajor[row * columns]);
                var index = root;
                for (var steps = depth; steps > 0; steps--)
                {
                    index = Step(ref nodes, ref features, index);
                }

                margins[row] += leafValues[index];
            }
        }
    }

    /// <summary>
    /// One level down, with no data-dependent branch: right when value &gt;= threshold; a missing (NaN)
    /// value fails both comparisons and takes the node's default side. The caller has checked that the
    /// row holds every feature the splits read, so the read skips bounds checks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Step(ref TreeNode nodes, ref float row, int index)
    {
        ref readonly var node = ref Unsafe.Add(ref nodes, index);
        var value = Unsafe.Add(ref row, node.Feature);
        return node.Left + (Bit(value >= node.Threshold) | (Bit(float.IsNaN(value)) & node.DefaultRight));
    }

    private static int Bit(bool condition) => Unsafe.BitCast<bool, byte>(condition);
}
