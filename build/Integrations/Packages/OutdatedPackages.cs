using NuGet.Common;
using NuGet.Configuration;
using NuGet.Protocol;
using NuGet.Protocol.Core.Types;
using NuGet.Versioning;

namespace Mlops.Build.Integrations.Packages;

/// <summary>For each pinned package, the newest stable version on the configured NuGet sources.</summary>
public static class OutdatedPackages
{
    public static async Task<IReadOnlyList<PackageFreshness>> CheckAsync(
        IReadOnlyList<PinnedPackage> pinned, IReadOnlyList<PackageSource> sources, CancellationToken cancellationToken)
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
            results.Add(new PackageFreshness(package.Id, package.Version, await NewestStableAsync(package.Id, finders, cache, cancellationToken)));
        }

        return results;
    }

    /// <summary>The sources that nuget.config in (or above) <paramref name="root"/> enables.</summary>
    public static IReadOnlyList<PackageSource> ConfiguredSources(string root) =>
        [.. new PackageSourceProvider(Settings.LoadDefaultSettings(root)).LoadPackageSources().Where(s => s.IsEnabled)];

    private static async Task<string?> NewestStableAsync(
        string id, List<FindPackageByIdResource> finders, SourceCacheContext cache, CancellationToken cancellationToken)
    {
        NuGetVersion? newest = null;
        foreach (var finder in finders)
        {
            var versions = await finder.GetAllVersionsAsync(id, cache, NullLogger.Instance, cancellationToken);
            var stable = versions.Where(v => !v.IsPrerelease).DefaultIfEmpty().Max();
            if (stable is not null && (newest is null || stable > newest))
            {
                newest = stable;
            }
        }

        return newest?.ToNormalizedString();
    }
}

/// <summary>One row of the outdated-packages table; Newest is null when no source knows the package.</summary>
public sealed record PackageFreshness(string Id, string Ours, string? Newest)
{
    public bool IsOutdated =>
        Newest is not null && NuGetVersion.TryParse(Ours, out var ours) && ours < NuGetVersion.Parse(Newest);
}
