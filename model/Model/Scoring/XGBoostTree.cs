namespace Mlops.Model.Scoring;

/// <summary>One tree as XGBoost's JSON stores it: parallel arrays indexed by node id, -1 children at leaves.</summary>
internal sealed record XGBoostTree(
    int[] LeftChildren,
    int[] RightChildren,
    int[] SplitIndices,
    float[] SplitConditions,
    bool[] DefaultLeft)
{
    public int NodeCount => LeftChildren.Length;
}
