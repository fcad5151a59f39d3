using System.Runtime.InteropServices;

namespace Mlops.Model.Scoring;

/// <summary>
/// One node of the flattened forest, 16 bytes so a visit touches one cache line.
/// Children are stored side by side (right = left + 1), so no right index is needed.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct TreeNode(int Feature, float Value, int Left, int MissingChild)
{
    /// <summary>Leaves carry no split feature; their <see cref="Value"/> is the leaf weight.</summary>
    public const int LeafFeature = -1;

    public static TreeNode Leaf(float value) => new(LeafFeature, value, 0, 0);

    public bool IsLeaf => Feature < 0;
}
