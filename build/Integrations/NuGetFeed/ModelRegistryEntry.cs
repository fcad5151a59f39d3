using NuGet.Versioning;

namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>One version in the registry view. <see cref="PublishedAt"/> is the card's creation time, else null (unknown).</summary>
public sealed record ModelRegistryEntry(NuGetVersion Version, DateTimeOffset? PublishedAt, string? Commit, CardSummary? Card)
{
    public IReadOnlyDictionary<string, double> Metrics => Card?.Metrics ?? new Dictionary<string, double>();
}
