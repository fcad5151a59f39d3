using System.Runtime.InteropServices;

namespace Mlops.Model.Scoring;

/// <summary>
/// One node of the flattened forest, 16 bytes so a visit touches one cache line.
/// Children are stored side by side, so the next node is <c>Left + goRight</c>, computed without a branch.
/// </summary>
/// <param name="Feature">The split feature; 0 at leaves, whose threshold never sends a row anywhere but back to itself.</param>
/// <param name="Threshold">Rows with <c>value &lt; Threshold</c> go left; NaN at leaves, so no comparison goes right.</param>
/// <param name="Left">The left child (the right one is next to it); a leaf points to itself.</param>
/// <param name="DefaultRight">1 when a missing (NaN) value goes right, else 0.</param>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct TreeNode(int Feature, float Threshold, int Left, int DefaultRight)
{
    /// <summary>
    /// A leaf maps every row to itself, so a walk of the tree's full depth ends on the right leaf
    /// whatever depth the leaf sits at; its weight is kept beside the node array.
    /// </summary>
    public static TreeNode Leaf(int self) => new(0, float.NaN, self, 0);

    public static TreeNode Split(int feature, float threshold, int left, bool defaultLeft) =>
        new(feature, threshold, left, defaultLeft ? 0 : 1);
}
