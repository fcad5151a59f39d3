namespace Mlops.Model.Training.Spec;

/// <summary>Where the data is and how to read it.</summary>
public sealed record DataSourceSpec
{
    public const string DefaultPath = "data/churn.csv";

    /// <summary>The CSV file, relative to the repository root unless absolute.</summary>
    public string Path { get; init; } = DefaultPath;

    public char Delimiter { get; init; } = ',';

    public BadRowPolicy BadRows { get; init; } = BadRowPolicy.Fail;
}
