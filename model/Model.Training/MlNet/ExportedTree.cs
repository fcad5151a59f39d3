using Microsoft.ML.Trainers.FastTree;

namespace Mlops.Model.Training.MlNet;

/// <summary>
/// One ML.NET tree in XGBoost's node layout: split node i keeps id i, leaf k (ML.NET's child ~k) becomes id
/// splits + k; a leaf has -1 children and holds its scaled value in split_conditions.
/// </summary>
internal sealed record ExportedTree(int[] Left, int[] Right, int[] Features, float[] Conditions, bool[] DefaultLeft, double[] Gains)
{
    public static ExportedTree From(RegressionTree tree, int index, int featureCount, double scale)
    {
        var splits = tree.NumberOfNodes;

        // ML.NET scores a tree without splits as 0 whatever its leaves hold.
        var leaves = splits == 0 ? 1 : tree.NumberOfLeaves;
        var size = splits + leaves;
        var exported = new ExportedTree(new int[size], new int[size], new int[size], new float[size], new bool[size], new double[size]);
        var missingLeft = MissingValueRoute.GoesLeft(tree);
        for (var node = 0; node < splits; node++)
        {
            exported.SetSplit(tree, node, index, featureCount, missingLeft[node]);
        }

        for (var leaf = 0; leaf < leaves; leaf++)
        {
            exported.Left[splits + leaf] = -1;
            exported.Right[splits + leaf] = -1;
            exported.Conditions[splits + leaf] = splits == 0 ? 0f : (float)(scale * tree.LeafValues[leaf]);
        }

        return exported;
    }

    private void SetSplit(RegressionTree tree, int node, int index, int featureCount, bool missingLeft)
    {
        if (tree.CategoricalSplitFlags[node])
        {
            throw new NotSupportedException($"Tree {index}, node {node} is a categorical split; the preprocessing one-hot encodes categories, so the trainer must not make any.");
        }

        var feature = tree.NumericalSplitFeatureIndexes[node];
        if (feature < 0 || feature >= featureCount)
        {
            throw new InvalidDataException($"Tree {index}, node {node} splits on feature {feature}, outside the matrix's {featureCount} features.");
        }

        var splits = tree.NumberOfNodes;
        Left[node] = Child(tree.LeftChild[node], splits);
        Right[node] = Child(tree.RightChild[node], splits);
        Features[node] = feature;
        Conditions[node] = Condition(tree.NumericalSplitThresholds[node]);
        DefaultLeft[node] = missingLeft;
        Gains[node] = tree.SplitGains[node];
    }

    // LightGBM writes 1e300 for "every value goes left"; as float32 that is infinity, which JSON cannot hold, and the
    // largest float keeps every finite value on the left.
    private static float Condition(float threshold) =>
        float.IsPositiveInfinity(threshold) ? float.MaxValue : MathF.BitIncrement(threshold);

    private static int Child(int child, int splits) => child >= 0 ? child : splits + ~child;
}
