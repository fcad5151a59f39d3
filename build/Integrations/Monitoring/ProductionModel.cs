using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Model;
using Mlops.Model.Training.Monitoring.Sources;
using NuGet.Versioning;

namespace Mlops.Build.Integrations.Monitoring;

/// <summary>
/// Finds the model Monitor checks: the requested version, else the version a deployed API serves, else the highest
/// stable version on the feed; with an empty feed, the local build's model (said in the log).
/// </summary>
/// <param name="trainedModel">The folder a local training writes its model to.</param>
/// <param name="downloads">Where a version from the feed is downloaded to.</param>
/// <param name="versionOption">How the user names a version (e.g. a command-line option), for the error without a model.</param>
public sealed class ProductionModel(IModelFeed feed, string trainedModel, string downloads, string versionOption, Action<string> log)
{
    /// <summary>The folder holding the model's files (downloaded under the monitor reports, or the local build's).</summary>
    /// <param name="apiUrl">A base address as <see cref="Deploy.BaseAddress.Parse"/> makes it (ending in '/').</param>
    public async Task<string> FolderAsync(string modelId, string? requestedVersion, Uri? apiUrl, CancellationToken cancellationToken)
    {
        var requested = requestedVersion ?? (apiUrl is null ? null : await ServedVersionAsync(modelId, apiUrl));
        var version = requested is not null
            ? NuGetVersion.Parse(requested)
            : (await feed.ListVersionsAsync(modelId, cancellationToken)).Where(v => !v.IsPrerelease).Max();
        if (version is null)
        {
            return LocalBuild(modelId);
        }

        log($"Checking {modelId} {version} from {feed.Settings}.");
        var package = await feed.DownloadAsync(modelId, version, downloads, cancellationToken);
        return Path.Combine(package.ContentFolder, ModelFiles.PackageFolder);
    }

    private async Task<string> ServedVersionAsync(string modelId, Uri apiUrl)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var served = await ServedModelVersion.ReadAsync(http, apiUrl);
        log($"{apiUrl} serves {modelId} {served}.");
        return served;
    }

    private string LocalBuild(string modelId)
    {
        if (!File.Exists(Path.Combine(trainedModel, ModelFiles.Card)))
        {
            throw new InvalidOperationException(
                $"No model to check: the feed {feed.Settings} has no stable {modelId} and {trainedModel} holds no trained model. Publish one, train one, or pass {versionOption}.");
        }

        log($"The feed {feed.Settings} has no stable {modelId}: checking the local build's model in {trainedModel} instead.");
        return trainedModel;
    }
}
