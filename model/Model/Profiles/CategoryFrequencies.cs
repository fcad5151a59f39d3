namespace Mlops.Model.Profiles;

/// <summary>The most frequent values with their counts; the rest summed as "other".</summary>
public sealed record CategoryFrequencies(int Distinct, IReadOnlyList<CategoryCount> Top, long Other)
{
    public const string OtherLabel = "other";
}
