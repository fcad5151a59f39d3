namespace Mlops.Model.Training.Profiling;

public sealed record ProfileOptions
{
    /// <summary>Categories listed by name; the rest count as "other".</summary>
    public int TopK { get; init; } = 20;

    /// <summary>Histogram bins on quantiles of the data (fewer when values repeat), the usual choice for PSI.</summary>
    public int Bins { get; init; } = 10;
}
