namespace Mlops.Model.Scoring;

/// <summary>
/// The flattened trees: <paramref name="Nodes"/> and <paramref name="LeafValues"/> share indices,
/// tree <c>t</c> starts at <c>Roots[t]</c> and every row reaches its leaf in exactly <c>Depths[t]</c> steps.
/// </summary>
internal sealed record Forest(TreeNode[] Nodes, float[] LeafValues, int[] Roots, int[] Depths);
