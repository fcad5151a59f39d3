using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.Integrations.Databricks;

namespace Mlops.Build.Tasks;

[TaskName(nameof(SyncWorkspace))]
[TaskDescription("Brings the Databricks Git folder to this build's branch or tag (DATABRICKS_HOST, DATABRICKS_TOKEN)")]
public sealed class SyncWorkspace : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = DatabricksSettingsReader.FromEnvironment(context.Environment.GetEnvironmentVariable);
        var source = BuildSourceReader.Resolve(context.Ci, context.Git, context.Environment.GetEnvironmentVariable, context.Paths.Root);
        using var client = DatabricksClient.Create(settings, onRetry: attempt => context.Log.Warning("{0}", attempt.Describe()));

        var result = await new WorkspaceSync(client).SyncAsync(
            settings.RepoPath ?? source.DefaultRepoPath,
            source.RepositoryUrl,
            source.Reference,
            context.Version.Commit);
        context.Log.Information("{0}", result.Summary);
        if (result.Warning is { } warning)
        {
            context.Log.Warning("{0}", warning);
        }
    }
}
