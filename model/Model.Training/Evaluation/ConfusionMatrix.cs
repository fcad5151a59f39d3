namespace Mlops.Model.Training.Evaluation;

/// <summary>Counts of the four outcomes at one decision threshold (predicted positive when probability ≥ threshold).</summary>
public readonly record struct ConfusionMatrix(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public int Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    public int ActualPositives => TruePositives + FalseNegatives;

    public int PredictedPositives => TruePositives + FalsePositives;
}
