using Mlops.Model.Features;

namespace Mlops.Model.Training.Spec;

/// <summary>One declared input column. A required column may not have missing values.</summary>
public sealed record ColumnSpec(string Name, FeatureKind Kind)
{
    public bool Required { get; init; }

    /// <summary>Numeric columns only: values outside it are bad rows.</summary>
    public ValueRange? Range { get; init; }

    /// <summary>Categorical columns only: any other value is a bad row.</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>The column as the packaged model checks its input: the same name, type, requirement and limits.</summary>
    public FeatureColumn ToFeatureColumn() => new(
        Name,
        Kind,
        Required,
        Range is { Min: var min } && double.IsFinite(min) ? min : null,
        Range is { Max: var max } && double.IsFinite(max) ? max : null,
        AllowedValues);
}
