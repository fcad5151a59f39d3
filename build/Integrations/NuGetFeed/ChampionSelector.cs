using NuGet.Versioning;

namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>The champion a new model must beat: the highest stable version strictly below the one being built.</summary>
public static class ChampionSelector
{
    /// <summary>Prereleases are work in progress, never champions; versions at or above the build are later work, not a baseline.</summary>
    public static NuGetVersion? Select(IEnumerable<NuGetVersion> versions, NuGetVersion below)
    {
        ArgumentNullException.ThrowIfNull(below);
        return versions.Where(v => !v.IsPrerelease && v < below).Max();
    }
}
