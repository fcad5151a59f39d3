using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.Integrations.GitHub;
using Mlops.Build.Integrations.GitHub.Reports;

namespace Mlops.Build.Tasks;

[TaskName(nameof(GitHubRelease))]
[TaskDescription("On a tag vX.Y.Z: the GitHub release with the model card as its notes and the .nupkg attached (a rerun reuses it)")]
[IsDependentOn(typeof(Publish))]
public sealed class GitHubRelease : AsyncFrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Ci.IsTagBuild)
        {
            return true;
        }

        context.Log.Information("Skipped: no tag. A GitHub release is made when a tag v{0} is pushed (release.yml).", context.Version.Core);
        return false;
    }

    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var model = ModelRelease.FromArtifacts(context.Version.SemVer, context.Paths.PackedModelCard, context.Paths.Packages);
        void Log(string message) => context.Log.Information("{0}", message);
        var client = GitHubClientFactory.Create(GitHubSettingsReader.FromEnvironment(context.Environment.GetEnvironmentVariable), Log, context.Ci.IsGitHubActions);
        var publication = await new ReleasePublisher(client, Log).PublishAsync(model.Release, model.Packages);
        context.Log.Information("Release {0}: {1} with {2} file(s).", model.Release.TagName, publication.Release.HtmlUrl, publication.Assets.Count);
    }
}
