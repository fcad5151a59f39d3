namespace Mlops.Model.Scoring;

/// <summary>
/// Flattens XGBoost trees into one contiguous node array, renumbering each tree breadth-first
/// so siblings sit next to each other (the scorer then computes right = left + 1), and records
/// each tree's depth, the number of steps that walk any row to its leaf.
/// </summary>
internal sealed class ForestBuilder(int featureCount)
{
    private readonly List<TreeNode> nodes = [];
    private readonly List<float> leafValues = [];
    private readonly List<int> roots = [];
    private readonly List<int> depths = [];

    public Forest Build() => new([.. nodes], [.. leafValues], [.. roots], [.. depths]);

    public void Add(XGBoostTree tree, string path)
    {
        roots.Add(nodes.Count);
        AddSlots(1);
        var pending = new Queue<PendingNode>();
        pending.Enqueue(new PendingNode(0, nodes.Count - 1, 0));
        var visited = 0;
        var depth = 0;
        while (pending.TryDequeue(out var next))
        {
            if (++visited > tree.NodeCount)
            {
                throw new ModelFormatException($"{path}.left_children/right_children do not form a tree (a node is reached twice).");
            }

            depth = Math.Max(depth, next.Depth);
            nodes[next.Target] = Flatten(tree, next, path, pending);
        }

        depths.Add(depth);
    }

    private TreeNode Flatten(XGBoostTree tree, PendingNode next, string path, Queue<PendingNode> pending)
    {
        var source = next.Source;
        var left = tree.LeftChildren[source];
        if (left == -1)
        {
            leafValues[next.Target] = tree.SplitConditions[source];
            return TreeNode.Leaf(next.Target);
        }

        var right = tree.RightChildren[source];
        CheckChild(tree, left, $"{path}.left_children[{source}]");
        CheckChild(tree, right, $"{path}.right_children[{source}]");
        var feature = tree.SplitIndices[source];
        if (feature < 0 || feature >= featureCount)
        {
            throw new ModelFormatException(
                $"{path}.split_indices[{source}] is {feature}, outside the model's {featureCount} features.");
        }

        var leftTarget = nodes.Count;
        AddSlots(2);
        pending.Enqueue(new PendingNode(left, leftTarget, next.Depth + 1));
        pending.Enqueue(new PendingNode(right, leftTarget + 1, next.Depth + 1));
        return TreeNode.Split(feature, tree.SplitConditions[source], leftTarget, tree.DefaultLeft[source]);
    }

    private void AddSlots(int count)
    {
        for (var slot = 0; slot < count; slot++)
        {
            nodes.Add(default);
            leafValues.Add(0f);
        }
    }

    private static void CheckChild(XGBoostTree tree, int child, string field)
    {
        if (child <= 0 || child >= tree.NodeCount)
        {
            throw new ModelFormatException($"{field} is {child}, not a node of this tree (0 < id < {tree.NodeCount}).");
        }
    }

    /// <summary>A node of the source tree waiting for its slot in the flat array, at its depth below the root.</summary>
    private readonly record struct PendingNode(int Source, int Target, int Depth);
}
