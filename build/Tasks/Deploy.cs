using Cake.Common;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.RunHistory;
using Mlops.Build.Integrations.NuGetFeed;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Deploy))]
[TaskDescription("Deploys the published model version to --environment (default: staging): Railway when that environment has its settings, else locally on 127.0.0.1; runs its smoke and QC tests, rolls back on failure")]
[IsDependentOn(typeof(Publish))]
public sealed class Deploy : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var environment = DeployEnvironments.Parse(context.Argument<string?>(ArgumentNames.Environment, null), $"--{ArgumentNames.Environment}", DeployEnvironments.Names[0]);
        using var feed = context.OpenFeed();
        var provider = DeployEnvironments.Provider(context, environment, feed);
        context.Log.Information("Deploy to {0}.", provider.Description);
        context.AppendJobSummary($"### Deploy{Environment.NewLine}{provider.Description}");
        context.AppendJobSummary(await provider.DeployAsync(context.Version.SemVer, context.Version.Commit, CancellationToken.None));
        context.History.RecordDeployment(environment, context.Model.Spec.ModelId, context.Version.SemVer, provider.Description);

        // push.yml's promote job takes this version to production (it cannot read staging's secrets to ask staging).
        StepOutput.Set(context.Environment.GetEnvironmentVariable(EnvironmentNames.GitHubOutput), "model-version", context.Version.SemVer);
    }
}
