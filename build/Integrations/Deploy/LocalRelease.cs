using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Build.Integrations.Railway;
using NuGet.Versioning;

namespace Mlops.Build.Integrations.Deploy;

/// <summary>The local provider from start to end: publish the API, put the released model beside it, run and verify it.</summary>
public sealed class LocalRelease(DeployPaths paths, IModelFeed feed, Action<string> log)
{
    public const string Configuration = "Release";

    public async Task<VerificationResult> RunAsync(ReleaseToDeploy release, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(release);
        log($"Local: publishing {paths.ApiProject} to {paths.PublishedApi}.");
        ResetFolder(paths.PublishedApi);
        await ApiPublisher.PublishAsync(paths.ApiProject, paths.PublishedApi, Configuration, cancellationToken);
        var model = Path.Combine(paths.PublishedApi, ReleasedModel.PackageFolder);
        await ReleasedModel.FetchAsync(feed, release.PackageId, NuGetVersion.Parse(release.Version), paths.Downloads, model, cancellationToken);
        log($"Local: {release.PackageId} {release.Version} from {feed.Settings} is in {model}.");
        var deployment = new LocalDeployment(new LocalDeploymentOptions { Verification = new DeploymentVerifierOptions { Log = log } });
        return await deployment.RunAsync(paths.PublishedApi, model, release.SmokeTests, release.Version, cancellationToken);
    }

    // A stale file from an earlier publish must not be served beside the new one.
    private static void ResetFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
