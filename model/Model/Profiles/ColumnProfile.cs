using Mlops.Model.Features;

namespace Mlops.Model.Profiles;

/// <summary>One column's profile: numbers get a summary and a histogram, categories and booleans their frequencies.</summary>
public sealed record ColumnProfile
{
    public required string Name { get; init; }

    public required FeatureKind Kind { get; init; }

    /// <summary>Values present (not missing).</summary>
    public required long Count { get; init; }

    public required long Missing { get; init; }

    public NumericSummary? Summary { get; init; }

    public Histogram? Histogram { get; init; }

    /// <summary>Numbers: the distribution drift tests compare a batch with (null in a profile written before it was kept).</summary>
    public ValueDistribution? Distribution { get; init; }

    public CategoryFrequencies? Frequencies { get; init; }
}
