namespace Mlops.Model.Training.Profiling;

public sealed record ProfileOptions
{
    /// <summary>Categories listed by name; the rest count as "other".</summary>
    public int TopK { get; init; } = 20;

    /// <summary>Histogram bins on quantiles of the data (fewer when values repeat), the usual choice for PSI.</summary>
    public int Bins { get; init; } = 10;

    /// <summary>
    /// Categories beyond the top K are kept by name (so monitoring knows every value training saw) up to this many
    /// distinct values; a column with more (an id, free text) keeps only the top K and "other".
    /// </summary>
    public int VocabularyLimit { get; init; } = 10_000;

    /// <summary>
    /// A numeric column with at most this many distinct values keeps each with its count; a column with more keeps this
    /// many evenly spaced order statistics. Drift tests read these, so they see shifts smaller than a histogram bin.
    /// </summary>
    public int DistributionPoints { get; init; } = 500;
}
