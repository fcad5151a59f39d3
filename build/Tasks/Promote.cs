using Cake.Common;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.Integrations.Deploy;
using Mlops.Build.RunHistory;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Promote))]
[TaskDescription("Promotes the version verified in --from (default: staging) to --to (default: production), or --model-version; runs the smoke and QC tests there and rolls that environment back on failure")]
[IsDependentOn(typeof(Deploy))]
public sealed class Promote : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var from = DeployEnvironments.Parse(context.Argument<string?>(ArgumentNames.From, null), $"--{ArgumentNames.From}", DeployEnvironments.Staging);
        var to = DeployEnvironments.Parse(context.Argument<string?>(ArgumentNames.To, null), $"--{ArgumentNames.To}", DeployEnvironments.Production);
        if (from == to)
        {
            throw new ArgumentException($"--{ArgumentNames.From} and --{ArgumentNames.To} are both {from}: promotion goes from one environment to another.");
        }

        using var feed = context.OpenFeed();
        var version = context.Argument<string?>(ArgumentNames.ModelVersion, null);
        var target = DeployEnvironments.Provider(context, to, feed);
        var result = await Promotion.RunAsync(
            DeployEnvironments.Provider(context, from, feed),
            target,
            context.Version.Commit,
            string.IsNullOrWhiteSpace(version) ? null : version.Trim(),
            line => context.Log.Information("{0}", line),
            CancellationToken.None);
        context.AppendJobSummary($"### Promote {from} → {to}{Environment.NewLine}{result.Summary}");
        context.History.RecordDeployment(to, context.Model.Spec.ModelId, result.Version, target.Description);
    }
}
