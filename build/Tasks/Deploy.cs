using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Build.Integrations.Railway;
using Mlops.Build.Integrations.Smoke;
using NuGet.Versioning;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Deploy))]
[TaskDescription("Deploys the released model's API: Railway when its settings are present, else locally on 127.0.0.1; smoke-tests it")]
[IsDependentOn(typeof(Publish))]
public sealed class Deploy : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var choice = ProviderChoice.FromEnvironment(context.Environment.GetEnvironmentVariable);
        context.Log.Information(choice.Describe());
        JobSummary.Append(context.Ci.StepSummaryFile, $"### Deploy{Environment.NewLine}{choice.Describe()}");
        var release = new ReleaseToDeploy(
            context.Model.Spec.ModelId,
            context.Version.SemVer,
            context.Version.Commit,
            SmokeTestSuite.Load(context.Paths.SmokeTests));
        using var feed = new NuGetModelFeed(context.Feed);
        var outcome = choice.Railway is { } railway
            ? await DeployToRailwayAsync(context, railway, feed, release)
            : await DeployLocallyAsync(context, feed, release);
        JobSummary.Append(context.Ci.StepSummaryFile, outcome);
    }

    private static async Task<string> DeployLocallyAsync(BuildContext context, IModelFeed feed, ReleaseToDeploy release)
    {
        var verdict = await new LocalRelease(context.Paths, feed, Log(context)).RunAsync(release, CancellationToken.None);
        return $"{release.PackageId} {release.Version} ran locally and was stopped: {verdict.Reason}.";
    }

    private static async Task<string> DeployToRailwayAsync(BuildContext context, RailwaySettings settings, IModelFeed feed, ReleaseToDeploy release)
    {
        // The image bakes in the released model from this folder (api/Dockerfile).
        await ReleasedModel.FetchAsync(
            feed, release.PackageId, NuGetVersion.Parse(release.Version), context.Paths.DeployDownloads, context.Paths.DeployModel, CancellationToken.None);
        var log = Log(context);
        using var client = RailwayClient.Create(settings, log);
        using var http = new HttpClient();
        var result = await new RailwayRelease(client, RailwayDeploymentOptions.From(settings, log), http).RunAsync(release, CancellationToken.None);
        JobSummary.Append(context.Ci.StepSummaryFile, result.Describe());
        result.ThrowIfFailed();
        return $"{release.PackageId} {release.Version} is live on Railway.";
    }

    private static Action<string> Log(BuildContext context) => line => context.Log.Information("{0}", line);
}
