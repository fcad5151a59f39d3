using NuGet.Versioning;

namespace Mlops.Build.Integrations.NuGetFeed;

public enum PushOutcome
{
    Published,

    /// <summary>The same version with the same content was already on the feed: nothing was pushed.</summary>
    AlreadyPublished,
}

/// <summary>What a push did, with a sentence for the build log.</summary>
public sealed record PushResult(PushOutcome Outcome, string PackageId, NuGetVersion Version, string Feed)
{
    public string Message => Outcome == PushOutcome.Published
        ? $"Published {PackageId} {Version} to {Feed}."
        : $"{PackageId} {Version} is already on {Feed} with the same content: nothing to publish.";
}
