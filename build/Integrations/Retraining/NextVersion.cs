using NuGet.Versioning;

namespace Mlops.Build.Integrations.Retraining;

/// <summary>The version a retrained model gets: the next patch above every version on the feed and the champion's (versions are immutable, never reused).</summary>
public static class NextVersion
{
    public static NuGetVersion After(IEnumerable<NuGetVersion> feedVersions, string championVersion)
    {
        ArgumentNullException.ThrowIfNull(feedVersions);
        var known = feedVersions.ToList();
        if (NuGetVersion.TryParse(championVersion, out var champion))
        {
            known.Add(champion);
        }

        var highest = known.Max()
            ?? throw new InvalidOperationException($"No version to count from: the feed is empty and the champion's version '{championVersion}' is not a version.");
        return new NuGetVersion(highest.Major, highest.Minor, highest.Patch + 1);
    }
}
