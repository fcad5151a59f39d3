namespace Mlops.Model.Training.Spec;

/// <summary>How the rows are split into train, validation (early stopping, threshold) and test (evaluation).</summary>
public sealed record SplitSpec
{
    public double TestFraction { get; init; } = 0.2;

    public double ValidationFraction { get; init; } = 0.2;

    public int Seed { get; init; } = 42;

    /// <summary>Keep the positive rate the same in every part.</summary>
    public bool Stratified { get; init; } = true;
}
