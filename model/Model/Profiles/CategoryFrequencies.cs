namespace Mlops.Model.Profiles;

/// <summary>
/// The most frequent values with their counts; the rest summed as "other". <see cref="Rare"/> keeps the rest by name:
/// the model encodes only the top K, but monitoring must know every value training saw to call a value unseen.
/// </summary>
public sealed record CategoryFrequencies(int Distinct, IReadOnlyList<CategoryCount> Top, long Other)
{
    public const string OtherLabel = "other";

    /// <summary>
    /// Every value outside the top K with its count, most frequent first; null when the column had more distinct values
    /// than the profile keeps, or for a profile written before it was kept.
    /// </summary>
    public IReadOnlyList<CategoryCount>? Rare { get; init; }
}
