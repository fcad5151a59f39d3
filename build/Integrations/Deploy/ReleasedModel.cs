using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Model;
using NuGet.Versioning;

namespace Mlops.Build.Integrations.Deploy;

/// <summary>
/// The model files of one released version, taken from its package on the feed, so what is deployed is exactly what
/// was published (not whatever artifacts/ holds at the moment).
/// </summary>
public static class ReleasedModel
{
    public const string PackageFolder = "model";

    /// <summary>Downloads the package into <paramref name="downloadFolder"/> and copies its model files into <paramref name="modelFolder"/>.</summary>
    public static async Task<DownloadedPackage> FetchAsync(
        IModelFeed feed, string packageId, NuGetVersion version, string downloadFolder, string modelFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var versions = await feed.ListVersionsAsync(packageId, cancellationToken);
        if (!versions.Contains(version))
        {
            throw new DeploymentFailedException(
                $"{packageId} {version} is not on the feed {feed.Settings}: publish it first (--target=Publish). " +
                $"The feed holds {(versions.Count == 0 ? "no version of it" : string.Join(", ", versions))}.");
        }

        var package = await feed.DownloadAsync(packageId, version, downloadFolder, cancellationToken);
        CopyModelFiles(Path.Combine(package.ContentFolder, PackageFolder), modelFolder, $"{packageId} {version}");
        CheckCard(modelFolder, packageId, version);
        return package;
    }

    /// <summary>The files load (checksums included) and their card is the one asked for, not another model or version.</summary>
    private static void CheckCard(string modelFolder, string packageId, NuGetVersion version)
    {
        var card = ScoringModel.LoadDirectory(modelFolder).Card;
        if (card.ModelId != packageId || card.Version != version.ToNormalizedString())
        {
            throw new DeploymentFailedException(
                $"The package {packageId} {version} carries the card of {card.ModelId} {card.Version}: it was not packed by the Pack task for this version.");
        }
    }

    private static void CopyModelFiles(string source, string destination, string package)
    {
        var missing = ModelFiles.All.Where(name => !File.Exists(Path.Combine(source, name))).ToList();
        if (missing.Count > 0)
        {
            throw new DeploymentFailedException(
                $"The package {package} lacks {string.Join(", ", missing)} under {PackageFolder}/: it was not packed by the Pack task.");
        }

        Directory.CreateDirectory(destination);
        foreach (var name in ModelFiles.All)
        {
            File.Copy(Path.Combine(source, name), Path.Combine(destination, name), overwrite: true);
        }
    }
}
