using Mlops.Model;
using Mlops.Model.Training.Gating;
using NuGet.Versioning;

namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>Fetches the champion from the registry: the highest stable version below the one being built, loaded and verified.</summary>
public static class ChampionLoader
{
    public static async Task<Champion?> LoadAsync(
        IModelFeed feed, string packageId, NuGetVersion building, string workFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var version = await feed.FindChampionAsync(packageId, building, cancellationToken);
        if (version is null)
        {
            return null;
        }

        var folder = Path.Combine(workFolder, $"{packageId}.{version.ToNormalizedString()}");
        var package = await feed.DownloadAsync(packageId, version, folder, cancellationToken);
        var model = ScoringModel.LoadDirectory(Path.Combine(package.ContentFolder, ModelFiles.PackageFolder));
        return new Champion(version.ToNormalizedString(), model);
    }
}
