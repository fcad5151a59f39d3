using System.Text;
using System.Text.Json.Nodes;
using Mlops.Build.Integrations.Databricks;
using Mlops.Simulators.Databricks;

namespace Mlops.Integrations.Tests.Databricks;

public sealed class RemoteTrainingTests : DatabricksHarness, IDisposable
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";
    private const string Version = "0.3.0-ci.12";
    private const string OutputPath = "/Volumes/main/mlops/models/0.3.0-ci.12/0123456789abcdef";

    private readonly string _localFolder = Path.Combine(Path.GetTempPath(), $"databricks-model-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_localFolder))
        {
            Directory.Delete(_localFolder, recursive: true);
        }
    }

    [Fact]
    public async Task A_successful_run_gets_the_build_parameters_and_its_files_are_downloaded()
    {
        var jobId = Simulator.Workspace.AddJob(new JsonObject { ["name"] = "train" });
        var contents = RemoteTraining.OutputFiles.ToDictionary(name => name, name => Encoding.UTF8.GetBytes($"{{\"file\":\"{name}\"}}"));
        foreach (var (name, bytes) in contents)
        {
            Simulator.Workspace.AddFile($"{OutputPath}/{name}", bytes);
        }

        var result = await Training().RunAsync(new TrainingJob(jobId, null), Commit, Version, OutputPath, _localFolder);

        var run = Assert.Single(Simulator.Workspace.Runs);
        Assert.Equal(run.RunId, result.RunId);
        Assert.Equal(Commit, run.Parameters["commit"]);
        Assert.Equal(Version, run.Parameters["version"]);
        Assert.Equal(OutputPath, run.Parameters["output_path"]);
        foreach (var (name, bytes) in contents)
        {
            Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(_localFolder, name)));
        }

        Assert.Contains(Log, line => line.Contains("PENDING", StringComparison.Ordinal));
        Assert.Contains(Log, line => line.Contains("RUNNING", StringComparison.Ordinal));
        Assert.Contains(Log, line => line.Contains("TERMINATED SUCCESS", StringComparison.Ordinal));
        Assert.NotEmpty(Waits);
        Assert.All(Waits, wait => Assert.Equal(Settings.PollInterval, wait));
    }

    [Fact]
    public async Task A_failed_run_fails_with_its_state_message_and_run_page()
    {
        var jobId = Simulator.Workspace.AddJob(new JsonObject { ["name"] = "train" });
        Simulator.Workspace.EnqueueRunOutcome(RunOutcome.Failed, "Task train failed: KeyError: 'churned'");

        var error = await Assert.ThrowsAsync<DatabricksRunException>(
            () => Training().RunAsync(new TrainingJob(jobId, null), Commit, Version, OutputPath, _localFolder));

        var run = Assert.Single(Simulator.Workspace.Runs);
        Assert.Contains("TERMINATED FAILED", error.Message, StringComparison.Ordinal);
        Assert.Contains("KeyError: 'churned'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"#job/{jobId}/run/{run.RunId}", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_localFolder, "booster.json")));
    }

    [Fact]
    public async Task An_internal_error_fails_the_run_with_the_services_message()
    {
        var jobId = Simulator.Workspace.AddJob(new JsonObject { ["name"] = "train" });
        Simulator.Workspace.EnqueueRunOutcome(RunOutcome.InternalError, "Cluster terminated: cloud provider quota exceeded");

        var error = await Assert.ThrowsAsync<DatabricksRunException>(
            () => Training().RunAsync(new TrainingJob(jobId, null), Commit, Version, OutputPath, _localFolder));

        Assert.Contains("INTERNAL_ERROR", error.Message, StringComparison.Ordinal);
        Assert.Contains("quota exceeded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_still_going_at_the_time_limit_fails_without_polling_forever()
    {
        var jobId = Simulator.Workspace.AddJob(new JsonObject { ["name"] = "train" });
        var options = new RemoteTrainingOptions(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => new RemoteTraining(Client, options, Log.Add, RecordWait).RunAsync(new TrainingJob(jobId, null), Commit, Version, OutputPath, _localFolder));

        Assert.Contains("RUNNING", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, Simulator.CountRequests("GET", "/api/2.1/jobs/runs/get"));
    }

    [Fact]
    public async Task A_run_now_whose_answer_is_lost_is_retried_and_starts_one_run()
    {
        var jobId = Simulator.Workspace.AddJob(new JsonObject { ["name"] = "train" });
        AddOutputFiles();
        Simulator.Inject(DatabricksFault.Unavailable("POST", "/api/2.1/jobs/run-now", afterHandling: true));

        await Training().RunAsync(new TrainingJob(jobId, null), Commit, Version, OutputPath, _localFolder);

        Assert.Equal(2, Simulator.CountRequests("POST", "/api/2.1/jobs/run-now"));
        Assert.Single(Simulator.Workspace.Runs);
    }

    [Fact]
    public async Task A_rate_limited_call_waits_as_told_then_succeeds()
    {
        var jobId = Simulator.Workspace.AddJob(new JsonObject { ["name"] = "train" });
        AddOutputFiles();
        Simulator.Inject(DatabricksFault.RateLimited("POST", "/api/2.1/jobs/run-now", TimeSpan.FromSeconds(7)));

        await Training().RunAsync(new TrainingJob(jobId, null), Commit, Version, OutputPath, _localFolder);

        Assert.Equal(TimeSpan.FromSeconds(7), Waits[0]);
        Assert.Single(Simulator.Workspace.Runs);
    }

    [Fact]
    public async Task Without_a_job_id_the_definition_creates_the_job()
    {
        AddOutputFiles();
        var definition = new JsonObject { ["name"] = "churn-train", ["tasks"] = new JsonArray() };

        var result = await Training().RunAsync(new TrainingJob(null, definition), Commit, Version, OutputPath, _localFolder);

        Assert.Equal("churn-train", Simulator.Workspace.Jobs[result.JobId]["name"]?.GetValue<string>());
        Assert.Contains(Log, line => line.Contains($"Created job {result.JobId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_job_id_the_definition_replaces_the_jobs_settings()
    {
        var jobId = Simulator.Workspace.AddJob(new JsonObject { ["name"] = "old" });
        AddOutputFiles();

        await Training().RunAsync(new TrainingJob(jobId, new JsonObject { ["name"] = "new" }), Commit, Version, OutputPath, _localFolder);

        Assert.Equal("new", Simulator.Workspace.Jobs[jobId]["name"]?.GetValue<string>());
        Assert.Single(Simulator.Workspace.Jobs);
    }

    [Fact]
    public async Task Neither_a_job_id_nor_a_definition_fails_before_any_call()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Training().RunAsync(new TrainingJob(null, null), Commit, Version, OutputPath, _localFolder));

        Assert.Contains("neither an id nor a definition", error.Message, StringComparison.Ordinal);
        Assert.Empty(Simulator.Workspace.Jobs);
    }

    [Fact]
    public void The_idempotency_token_is_fixed_by_commit_and_version_and_fits_the_services_limit()
    {
        var token = RemoteTraining.IdempotencyToken(Commit, Version);

        Assert.Equal(token, RemoteTraining.IdempotencyToken(Commit, Version));
        Assert.NotEqual(token, RemoteTraining.IdempotencyToken(Commit, "0.3.1"));
        Assert.NotEqual(token, RemoteTraining.IdempotencyToken("fedcba9876543210fedcba9876543210fedcba98", Version));
        Assert.True(token.Length <= 64);
    }

    private RemoteTraining Training() => new(Client, RemoteTrainingOptions.From(Settings), Log.Add, RecordWait);

    private void AddOutputFiles()
    {
        foreach (var name in RemoteTraining.OutputFiles)
        {
            Simulator.Workspace.AddFile($"{OutputPath}/{name}", [1, 2, 3]);
        }
    }
}
