namespace Mlops.Model.Training.Spec;

/// <summary>How the rows are split into train, validation (early stopping, threshold) and test (evaluation).</summary>
public sealed record SplitSpec
{
    public double TestFraction { get; init; } = 0.2;

    public double ValidationFraction { get; init; } = 0.2;

    public int Seed { get; init; } = 42;

    /// <summary>Keep the positive rate the same in every part.</summary>
    public bool Stratified { get; init; } = true;

    /// <summary>
    /// The column (read as text, unique per row) whose value orders the rows for the split; null: the row's 1-based
    /// data row number in the file. A key keeps a row in its part when rows are added or reordered.
    /// </summary>
    public string? Key { get; init; }
}
