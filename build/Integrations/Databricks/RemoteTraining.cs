using System.Security.Cryptography;
using System.Text;
using Mlops.Model;

namespace Mlops.Build.Integrations.Databricks;

/// <summary>
/// Runs the training job on Databricks for one commit and version, waits for it, and brings its model
/// files back so the same gates judge it as a locally trained model.
/// </summary>
public sealed class RemoteTraining(
    IDatabricksClient client,
    RemoteTrainingOptions options,
    Action<string> log,
    Func<TimeSpan, CancellationToken, Task>? delay = null)
{
    public const string ProfileFile = "profile.json";

    /// <summary>The files the job writes under its output path, the same as local training's.</summary>
    public static IReadOnlyList<string> OutputFiles { get; } = [ModelFiles.Booster, ModelFiles.Preprocessing, ProfileFile];

    private readonly Func<TimeSpan, CancellationToken, Task> _delay = delay ?? Task.Delay;

    public async Task<RemoteTrainingResult> RunAsync(
        TrainingJob job,
        string commit,
        string version,
        string outputPath,
        string localFolder,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var jobId = await ApplyAsync(job, cancellationToken);
        var parameters = new Dictionary<string, string>
        {
            ["commit"] = commit,
            ["version"] = version,
            ["output_path"] = outputPath,
        };
        var started = await client.RunNowAsync(jobId, parameters, IdempotencyToken(commit, version), cancellationToken);
        log($"Started run {started.RunId} of job {jobId} for {version} ({commit}).");

        var run = await WaitAsync(started.RunId, cancellationToken);
        var files = await DownloadAsync(outputPath, localFolder, cancellationToken);
        return new RemoteTrainingResult(jobId, run.RunId, run.RunPageUrl, files);
    }

    /// <summary>
    /// The same commit and version always give the same token, so a run-now retried after a lost answer
    /// (or a re-run of the build) returns the run already started instead of training twice.
    /// </summary>
    public static string IdempotencyToken(string commit, string version) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{commit}\n{version}")));

    private async Task<long> ApplyAsync(TrainingJob job, CancellationToken cancellationToken)
    {
        switch (job)
        {
            case { Definition: null, JobId: { } id }:
                return id;
            case { Definition: { } definition, JobId: { } id }:
                await client.ResetJobAsync(id, definition, cancellationToken);
                log($"Replaced the settings of job {id} with the definition in the repository.");
                return id;
            case { Definition: { } definition }:
                var created = await client.CreateJobAsync(definition, cancellationToken);
                log($"Created job {created} from the definition in the repository.");
                return created;
            default:
                throw new ArgumentException("The training job has neither an id nor a definition: give one of them.", nameof(job));
        }
    }

    private async Task<JobRun> WaitAsync(long runId, CancellationToken cancellationToken)
    {
        var maxPolls = Math.Max(1, (int)Math.Ceiling(options.Timeout / options.PollInterval));
        JobRunState? last = null;
        for (var poll = 1; poll <= maxPolls; poll++)
        {
            var run = await client.GetRunAsync(runId, cancellationToken);
            if (run.State != last)
            {
                log($"Run {runId}: {run.State}{(string.IsNullOrWhiteSpace(run.State.StateMessage) ? string.Empty : $" ({run.State.StateMessage})")}");
                last = run.State;
            }

            if (run.State.IsDone)
            {
                return run.State.Succeeded ? run : throw Failed(run);
            }

            await _delay(options.PollInterval, cancellationToken);
        }

        throw new TimeoutException(
            $"Run {runId} was still {last} after {options.Timeout.TotalMinutes:0.#} minutes, the run timeout; it keeps running on Databricks.");
    }

    private static DatabricksRunException Failed(JobRun run) =>
        new($"Run {run.RunId} of job {run.JobId} ended {run.State}: {run.State.StateMessage ?? "no message"}. See {run.RunPageUrl ?? "the job's run list"}.");

    private async Task<IReadOnlyList<string>> DownloadAsync(string outputPath, string localFolder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(localFolder);
        var written = new List<string>();
        foreach (var name in OutputFiles)
        {
            var remote = $"{outputPath.TrimEnd('/')}/{name}";
            var local = Path.Combine(localFolder, name);
            await File.WriteAllBytesAsync(local, await client.DownloadFileAsync(remote, cancellationToken), cancellationToken);
            log($"Downloaded {remote} to {local}.");
            written.Add(local);
        }

        return written;
    }
}

/// <summary>How often to ask for the run's state and how long to wait for it in all.</summary>
public sealed record RemoteTrainingOptions(TimeSpan PollInterval, TimeSpan Timeout)
{
    public static RemoteTrainingOptions From(DatabricksSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new RemoteTrainingOptions(settings.PollInterval, settings.RunTimeout);
    }
}

/// <summary>The run that trained the model and the local copies of its files.</summary>
public sealed record RemoteTrainingResult(long JobId, long RunId, string? RunPageUrl, IReadOnlyList<string> Files)
{
    public const string Service = "Databricks";

    /// <summary>The run as the training record and the model card name it.</summary>
    public Model.Cards.RemoteRun ToRemoteRun() => new(Service, JobId, RunId, RunPageUrl);
}
