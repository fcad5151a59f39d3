using NuGet.Versioning;

namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>The NuGet feed used as model registry: versions, champion, download, push without overwrite, and the registry view.</summary>
public interface IModelFeed
{
    FeedSettings Settings { get; }

    /// <summary>Every version of the package on the feed, ascending; empty when the package is not there.</summary>
    Task<IReadOnlyList<NuGetVersion>> ListVersionsAsync(string packageId, CancellationToken cancellationToken = default);

    /// <summary>The highest stable version strictly below <paramref name="below"/>, or null when there is none.</summary>
    Task<NuGetVersion?> FindChampionAsync(string packageId, NuGetVersion below, CancellationToken cancellationToken = default);

    /// <summary>Writes the .nupkg of one version to <paramref name="destination"/>.</summary>
    Task DownloadAsync(string packageId, NuGetVersion version, Stream destination, CancellationToken cancellationToken = default);

    /// <summary>Downloads one version into <paramref name="destinationFolder"/> and extracts its files there.</summary>
    Task<DownloadedPackage> DownloadAsync(string packageId, NuGetVersion version, string destinationFolder, CancellationToken cancellationToken = default);

    /// <summary>Publishes a package; a version already on the feed is never overwritten.</summary>
    Task<PushResult> PushAsync(string nupkgPath, CancellationToken cancellationToken = default);

    /// <summary>The registry: every version with its date, commit and headline metrics from its model card.</summary>
    Task<IReadOnlyList<ModelRegistryEntry>> ListModelsAsync(string packageId, CancellationToken cancellationToken = default);
}
