using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Model;

namespace Mlops.Build.Integrations.Deploy;

/// <summary>Which model Serve shows: the one this checkout trained, else the newest version on the feed.</summary>
public static class ServedModelSource
{
    /// <param name="trainedModel">The folder a local training writes its model to.</param>
    /// <param name="publishedApi">The published API; the model from the feed goes into its model folder.</param>
    /// <param name="downloads">Where packages downloaded from the feed are kept.</param>
    /// <returns>The folder holding the model files, and a sentence saying where they came from.</returns>
    public static async Task<(string Folder, string Origin)> ResolveAsync(
        string trainedModel, string publishedApi, string downloads, IModelFeed feed, string packageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        if (ModelFiles.All.All(name => File.Exists(Path.Combine(trainedModel, name))))
        {
            return (trainedModel, $"the model trained in this checkout ({trainedModel})");
        }

        var versions = await feed.ListVersionsAsync(packageId, cancellationToken);
        if (versions.Count == 0)
        {
            throw new InvalidOperationException(
                $"No model to serve: {trainedModel} holds no trained model and the feed {feed.Settings} has no {packageId}. Run --target=Train (or Release) first.");
        }

        var newest = versions[^1];
        var folder = Path.Combine(publishedApi, ReleasedModel.PackageFolder);
        await ReleasedModel.FetchAsync(feed, packageId, newest, downloads, folder, cancellationToken);
        return (folder, $"{packageId} {newest}, the newest version on the feed {feed.Settings}");
    }
}
