namespace Mlops.Model.Training.MlNet;

/// <summary>
/// The parameters of an ML.NET tree trainer (the <c>lightgbm</c> and <c>fasttree</c> sections of the spec);
/// names follow LightGBM's own (num_leaves, learning_rate, min_data_in_leaf, feature_fraction).
/// </summary>
public sealed record MlNetParameters
{
    public int Rounds { get; init; } = 400;

    public int EarlyStoppingRounds { get; init; } = 30;

    public int NumLeaves { get; init; } = 31;

    public double LearningRate { get; init; } = 0.05;

    public int MinDataInLeaf { get; init; } = 20;

    public double FeatureFraction { get; init; } = 1;

    public int Seed { get; init; } = 42;

    /// <summary>Threads for training; 0 lets the trainer choose.</summary>
    public int NThread { get; init; }
}
