using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.Integrations.Databricks;

namespace Mlops.Build.Tasks;

[TaskName(nameof(TrainRemote))]
[TaskDescription("As the target or with --training=remote: runs the training job on Databricks for this commit and brings its model into artifacts/model/ for Evaluate")]
[IsDependentOn(typeof(Data))]
public sealed class TrainRemote : AsyncFrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TrainsRemotely)
        {
            return true;
        }

        context.Log.Information("Skipped: training is local (Train); pass --{0}={1} (or run --target={2}) to train on Databricks.", ArgumentNames.Training, TrainingChoice.Remote, nameof(TrainRemote));
        return false;
    }

    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = DatabricksSettings.FromEnvironment(context.Environment.GetEnvironmentVariable);
        var commit = context.Version.Commit;
        if (commit == GitInfo.UnknownCommit)
        {
            throw new InvalidOperationException($"The commit being built is unknown (no git, no {EnvironmentNames.GitHubSha}): the remote run needs it.");
        }

        var job = new TrainingJob(settings.JobId, LoadDefinition(context, settings));
        var outputPath = $"{settings.RequireOutputRoot()}/{context.Version.SemVer}/{commit}";
        using var client = DatabricksClient.Create(settings, onRetry: attempt => context.Log.Warning("{0}", attempt.Describe()));
        var training = new RemoteTraining(client, RemoteTrainingOptions.From(settings), message => context.Log.Information("{0}", message));

        context.Model.ForgetTrainingRun();
        var result = await training.RunAsync(job, commit, context.Version.SemVer, outputPath, context.Paths.ModelArtifacts);
        var run = context.Model.RecordRemoteTraining(result.ToRemoteRun());
        context.Log.Information(
            "Run {0} trained the model ({1}): {2} trees, threshold {3:0.####} ({4}) on the validation split; its files are in {5}.",
            result.RunId,
            result.RunPageUrl,
            run.TreeCount,
            run.Threshold,
            run.ThresholdStrategy,
            context.Paths.ModelArtifacts);
    }

    // The definition names the training script inside the Git folder, so it needs the folder's path.
    private static System.Text.Json.Nodes.JsonObject? LoadDefinition(BuildContext context, DatabricksSettings settings)
    {
        var file = context.Paths.DatabricksJobDefinition;
        if (!File.Exists(file))
        {
            context.Log.Information("No job definition at {0}: running job {1} as it is.", file, settings.JobId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)");
            return null;
        }

        var repoPath = settings.RepoPath
            ?? BuildSource.Resolve(context.Ci, context.Environment.GetEnvironmentVariable, context.Paths.Root).DefaultRepoPath;
        return TrainingJob.LoadDefinition(file, repoPath);
    }
}
