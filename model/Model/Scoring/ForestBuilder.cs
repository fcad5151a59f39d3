namespace Mlops.Model.Scoring;

/// <summary>
/// Flattens XGBoost trees into one contiguous node array, renumbering each tree breadth-first
/// so siblings sit next to each other (the scorer then computes right = left + 1).
/// </summary>
internal sealed class ForestBuilder(int featureCount)
{
    private readonly List<TreeNode> nodes = [];
    private readonly List<int> roots = [];

    public int[] Roots => [.. roots];

    public TreeNode[] Nodes => [.. nodes];

    public void Add(XGBoostTree tree, string path)
    {
        roots.Add(nodes.Count);
        nodes.Add(default);
        var pending = new Queue<(int Source, int Target)>();
        pending.Enqueue((0, nodes.Count - 1));
        var visited = 0;
        while (pending.TryDequeue(out var next))
        {
            if (++visited > tree.NodeCount)
            {
                throw new ModelFormatException($"{path}.left_children/right_children do not form a tree (a node is reached twice).");
            }

            nodes[next.Target] = Flatten(tree, next.Source, path, pending);
        }
    }

    private TreeNode Flatten(XGBoostTree tree, int source, string path, Queue<(int Source, int Target)> pending)
    {
        var left = tree.LeftChildren[source];
        if (left == -1)
        {
            return TreeNode.Leaf(tree.SplitConditions[source]);
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
        nodes.Add(default);
        nodes.Add(default);
        pending.Enqueue((left, leftTarget));
        pending.Enqueue((right, leftTarget + 1));
        var missing = tree.DefaultLeft[source] ? leftTarget : leftTarget + 1;
        return new TreeNode(feature, tree.SplitConditions[source], leftTarget, missing);
    }

    private static void CheckChild(XGBoostTree tree, int child, string field)
    {
        if (child <= 0 || child >= tree.NodeCount)
        {
            throw new ModelFormatException($"{field} is {child}, not a node of this tree (0 < id < {tree.NodeCount}).");
        }
    }
}
