using System.Reflection;
using Microsoft.ML.Trainers.FastTree;

namespace Mlops.Model.Training.MlNet;

/// <summary>
/// Which way a missing (NaN) value goes at each split of an ML.NET tree. ML.NET replaces NaN by the node's
/// "default value for missing" before comparing (LightGbm sets one per split from LightGBM's default_left; FastTree
/// sets none, and an all-zero array is dropped), and without one NaN fails <c>x &lt;= threshold</c> and goes right.
/// The array is not public (RegressionTreeBase exposes every other field of the tree), so it is read by reflection;
/// the parity test fails if ML.NET ever changes that field.
/// </summary>
internal static class MissingValueRoute
{
    private static readonly FieldInfo TreeField = typeof(RegressionTreeBase).GetField("_tree", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("This Microsoft.ML.FastTree has no RegressionTreeBase._tree: the exporter cannot read where missing values go.");

    /// <summary>For every split node, true when a missing value goes to the left (less-or-equal) child.</summary>
    public static bool[] GoesLeft(RegressionTreeBase tree)
    {
        var defaults = DefaultValues(tree);
        var goesLeft = new bool[tree.NumberOfNodes];
        for (var node = 0; node < goesLeft.Length; node++)
        {
            goesLeft[node] = defaults is not null && defaults[node] <= tree.NumericalSplitThresholds[node];
        }

        return goesLeft;
    }

    private static float[]? DefaultValues(RegressionTreeBase tree)
    {
        var inner = TreeField.GetValue(tree) ?? throw new InvalidOperationException("An ML.NET tree without its inner tree.");
        var field = inner.GetType().GetField("DefaultValueForMissing", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException($"{inner.GetType().Name} has no DefaultValueForMissing: the exporter cannot read where missing values go.");
        return (float[]?)field.GetValue(inner);
    }
}
