using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Build.Integrations.Railway;
using NuGet.Versioning;

namespace Mlops.Build.Integrations.Deploy;

/// <summary>
/// Puts a released model version live with the chosen provider: Railway (deploy, verify, roll back on failure) or the
/// local provider (run on 127.0.0.1, smoke-test, stop). The Deploy task and Monitor's retraining both deploy through here.
/// </summary>
public sealed class ReleaseDeployment(ProviderChoice choice, DeployPaths paths, IModelFeed feed, Action<string> log, Action<string> summary)
{
    /// <summary>Deploys and returns a sentence saying where it runs; throws when the deployment fails.</summary>
    public async Task<string> RunAsync(ReleaseToDeploy release, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(release);
        return choice.Railway is { } railway
            ? await DeployToRailwayAsync(railway, release, cancellationToken)
            : await DeployLocallyAsync(release, cancellationToken);
    }

    private async Task<string> DeployLocallyAsync(ReleaseToDeploy release, CancellationToken cancellationToken)
    {
        var verdict = await new LocalRelease(paths, feed, log).RunAsync(release, cancellationToken);
        return $"{release.PackageId} {release.Version} ran locally and was stopped: {verdict.Reason}.";
    }

    private async Task<string> DeployToRailwayAsync(RailwaySettings settings, ReleaseToDeploy release, CancellationToken cancellationToken)
    {
        // The image bakes in the released model from this folder (api/Dockerfile).
        await ReleasedModel.FetchAsync(feed, release.PackageId, NuGetVersion.Parse(release.Version), paths.Downloads, paths.ImageModel, cancellationToken);
        using var client = RailwayClient.Create(settings, log);
        using var http = new HttpClient();
        var result = await new RailwayRelease(client, RailwayDeploymentOptions.From(settings, log), http).RunAsync(release, cancellationToken);
        summary(result.Describe());
        result.ThrowIfFailed();
        return $"{release.PackageId} {release.Version} is live on Railway.";
    }
}
