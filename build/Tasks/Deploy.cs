using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.RunHistory;
using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Build.Integrations.Smoke;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Deploy))]
[TaskDescription("Deploys the released model's API: Railway when its settings are present, else locally on 127.0.0.1; smoke-tests it")]
[IsDependentOn(typeof(Publish))]
public sealed class Deploy : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var choice = ProviderChoiceReader.FromEnvironment(context.Environment.GetEnvironmentVariable);
        context.Log.Information(choice.Describe());
        context.AppendJobSummary($"### Deploy{Environment.NewLine}{choice.Describe()}");
        var release = new ReleaseToDeploy(
            context.Model.Spec.ModelId,
            context.Version.SemVer,
            context.Version.Commit,
            SmokeTestSuite.Load(context.Paths.SmokeTests));
        using var feed = context.OpenFeed();
        var deployment = new ReleaseDeployment(choice, context.Paths.Deploy, feed, line => context.Log.Information("{0}", line), context.AppendJobSummary);
        context.AppendJobSummary(await deployment.RunAsync(release, CancellationToken.None));
        context.History.RecordDeployment(choice.Railway?.EnvironmentId ?? "local", release.PackageId, release.Version, choice.Provider.ToString());
    }
}
