using NuGet.Common;
using NuGet.Configuration;
using NuGet.Frameworks;
using NuGet.Protocol;
using NuGet.Protocol.Core.Types;
using NuGet.Versioning;

namespace Mlops.Build.Integrations.Packages;

/// <summary>
/// For each pinned package, the newest stable version on the configured NuGet sources that restores for the projects'
/// target framework: a version built only for a newer framework (e.g. net11.0 while the projects target net10.0) is
/// no upgrade they could take.
/// </summary>
public static class OutdatedPackages
{
    public static async Task<IReadOnlyList<PackageFreshness>> CheckAsync(
        IReadOnlyList<PinnedPackage> pinned, IReadOnlyList<PackageSource> sources, NuGetFramework targetFramework, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pinned);
        using var cache = new SourceCacheContext { NoCache = true };
        var finders = new List<FindPackageByIdResource>();
        foreach (var source in sources)
        {
            var finder = await Repository.Factory.GetCoreV3(source).GetResourceAsync<FindPackageByIdResource>(cancellationToken);
            finders.Add(finder ?? throw new InvalidOperationException($"The NuGet source {source.Source} cannot list package versions."));
        }

        var results = new List<PackageFreshness>();
        foreach (var package in pinned)
        {
            var newest = await NewestStableAsync(package.Id, finders, targetFramework, cache, cancellationToken);
            results.Add(new PackageFreshness(package.Id, package.Version, newest));
        }

        return results;
    }

    /// <summary>The sources that nuget.config in (or above) <paramref name="root"/> enables.</summary>
    public static IReadOnlyList<PackageSource> ConfiguredSources(string root) =>
        [.. new PackageSourceProvider(Settings.LoadDefaultSettings(root)).LoadPackageSources().Where(s => s.IsEnabled)];

    private static async Task<string?> NewestStableAsync(
        string id, List<FindPackageByIdResource> finders, NuGetFramework targetFramework, SourceCacheContext cache, CancellationToken cancellationToken)
    {
        var candidates = new List<(NuGetVersion Version, FindPackageByIdResource Finder)>();
        foreach (var finder in finders)
        {
            var versions = await finder.GetAllVersionsAsync(id, cache, NullLogger.Instance, cancellationToken);
            candidates.AddRange(versions.Where(v => !v.IsPrerelease).Select(v => (v, finder)));
        }

        foreach (var (version, finder) in candidates.OrderByDescending(c => c.Version))
        {
            if (await SupportsAsync(finder, id, version, targetFramework, cache, cancellationToken))
            {
                return version.ToNormalizedString();
            }
        }

        return null;
    }

    // The nuspec's dependency groups name the frameworks a package is built for (only the nuspec is read, not the
    // package); a package without groups (a tool, a content package) does not depend on the framework.
    private static async Task<bool> SupportsAsync(
        FindPackageByIdResource finder, string id, NuGetVersion version, NuGetFramework targetFramework, SourceCacheContext cache, CancellationToken cancellationToken)
    {
        var info = await finder.GetDependencyInfoAsync(id, version, cache, NullLogger.Instance, cancellationToken);
        var groups = info?.DependencyGroups ?? [];
        return groups.Count == 0
            || groups.Any(group => group.TargetFramework.IsAny || DefaultCompatibilityProvider.Instance.IsCompatible(targetFramework, group.TargetFramework));
    }
}

/// <summary>One row of the outdated-packages table; Newest is null when no source knows the package.</summary>
public sealed record PackageFreshness(string Id, string Ours, string? Newest)
{
    public bool IsOutdated =>
        Newest is not null && NuGetVersion.TryParse(Ours, out var ours) && ours < NuGetVersion.Parse(Newest);
}
