namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>The fields of a packaged model card the registry shows; each is null when the card lacks it.</summary>
public sealed record ModelCard(string? Version, string? Commit, DateTimeOffset? CreatedAt, IReadOnlyDictionary<string, double> Metrics);
