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
        var settings = DatabricksSettingsReader.FromEnvironment(context.Environment.GetEnvironmentVariable);
        var commit = context.Version.Commit;
        if (commit == GitInfo.UnknownCommit)
        {
            throw new InvalidOperationException($"The commit being built is unknown (no git, no {EnvironmentNames.GitHubSha}): the remote run needs it.");
        }

        var job = new TrainingJob(settings.JobId, LoadDefinition(context, settings));
        if (job is { JobId: null, Definition: null })
        {
            throw DatabricksSettingsReader.Missing(EnvironmentNames.DatabricksJobId, "the id of the training job (or keep a job definition in model/databricks/job.json)");
        }

        var outputPath = $"{DatabricksSettingsReader.RequireOutputRoot(settings)}/{context.Version.SemVer}/{commit}";
        using var client = DatabricksClient.Create(settings, onRetry: attempt => context.Log.Warning("{0}", attempt.Describe()));
        var training = new RemoteTraining(client, RemoteTrainingOptions.From(settings), message => context.Log.Information("{0}", message));

        context.Model.ForgetTrainingRun();
        var result = await RunAsync(training, job, commit, context.Version.SemVer, outputPath, context.Paths.ModelArtifacts);
        if (job.JobId is null)
        {
            context.Log.Information("Set {0}={1} so later builds update job {1} instead of creating another.", EnvironmentNames.DatabricksJobId, result.JobId);
        }

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

    private static async Task<RemoteTrainingResult> RunAsync(
        RemoteTraining training, TrainingJob job, string commit, string version, string outputPath, string localFolder)
    {
        try
        {
            return await training.RunAsync(job, commit, version, outputPath, localFolder);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"{exception.Message} {EnvironmentNames.DatabricksRunTimeoutMinutes} sets how long to wait.", exception);
        }
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
            ?? BuildSourceReader.Resolve(context.Ci, context.Git, context.Environment.GetEnvironmentVariable, context.Paths.Root).DefaultRepoPath;
        return TrainingJob.LoadDefinition(file, repoPath);
    }
}
