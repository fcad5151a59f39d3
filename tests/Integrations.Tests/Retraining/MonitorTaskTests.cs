using Cake.Frosting;
using Mlops.Build;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Integrations.Tests.Databricks;
using Mlops.Model.History;
using Mlops.Model.History.Queries;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Spec;
using Mlops.Simulators.GitHub;

namespace Mlops.Integrations.Tests.Retraining;

/// <summary>
/// The Monitor task through the build host, in a scratch copy of the repository (spec, small data, the model runtime
/// project for packing), against the GitHub simulator and a folder feed.
/// </summary>
public sealed class MonitorTaskTests : IDisposable
{
    private static readonly string[] RootFiles = ["Build.sln", "global.json", "nuget.config", "Directory.Build.props", "Directory.Packages.props", ".editorconfig"];

    private readonly string root = Directory.CreateTempSubdirectory("mlops-monitor-task-").FullName;

    [Fact]
    public async Task A_shift_opens_one_issue_the_same_shift_comments_and_retrain_publishes_the_next_version_and_says_so()
    {
        await using var github = await GitHubSimulator.StartAsync();
        var spec = CreateRepository();
        var batch = Path.Combine(root, "data", "incoming", "shifted.csv");
        ChurnGenerator.WriteFile(batch, new ChurnDataOptions { Rows = 1500, Seed = 5, Shift = ShiftParser.Parse("tenure_months=0.8", 0, 0), CustomerIdPrefix = "B5-" });

        Assert.Equal(0, Run(github, "--target=Monitor"));
        var issue = Assert.Single(github.Repository.Issues);
        Assert.StartsWith($"Model regression: {spec.ModelId} 1.0.0", issue.Title, StringComparison.Ordinal);

        Assert.Equal(0, Run(github, "--target=Monitor"));
        Assert.Equal(0, Run(github, "--target=Monitor", $"--data={batch}"));
        Assert.Single(github.Repository.Issues);
        Assert.Contains("The same breach again.", Assert.Single(github.Repository.CommentsOf(issue.Number)).Body, StringComparison.Ordinal);

        Assert.Equal(0, Run(github, "--target=Monitor", $"--data={batch}", "--retrain"));
        using var feed = new NuGetModelFeed(FeedSettings.Folder(FeedFolder));
        Assert.Equal(["1.0.1"], (await feed.ListVersionsAsync(spec.ModelId)).Select(v => v.ToNormalizedString()));
        Assert.Single(github.Repository.Issues);
        var comment = github.Repository.CommentsOf(issue.Number)[^1].Body;
        Assert.Contains($"**{spec.ModelId} 1.0.1** passed the gate against the champion 1.0.0 and was published to `{FeedFolder}`", comment, StringComparison.Ordinal);
        Assert.Contains("| roc_auc vs champion 1.0.0", comment, StringComparison.Ordinal);
        AssertRecordedInTheStore(spec.ModelId, batchRuns: 3);
    }

    // The ledger lives in the run history: the second run found the batch already checked; every checked batch is a monitor run there.
    private void AssertRecordedInTheStore(string modelId, int batchRuns)
    {
        using var reader = HistoryReader.Open(HistoryLocation.Sqlite(new BuildPaths(root).HistoryDatabase));
        var history = reader.Read(modelId);
        Assert.Equal(batchRuns, history.MonitorRuns.Count);
        Assert.All(history.MonitorRuns, run => Assert.Equal(("shifted.csv", "BREACH"), (run.Batch, run.Verdict)));
        Assert.Contains("drift:tenure_months", history.MonitorRuns[0].Breached);
        Assert.Contains(history.MonitorRuns[0].Drift, drift => drift.Feature == "tenure_months" && drift.Drifted);
    }

    [Fact]
    public async Task Empty_header_only_tiny_and_one_class_batches_are_insufficient_data_and_open_nothing()
    {
        await using var github = await GitHubSimulator.StartAsync();
        CreateRepository();
        var incoming = Path.Combine(root, "data", "incoming");
        var full = Path.Combine(root, "full.csv");
        ChurnGenerator.WriteFile(full, new ChurnDataOptions { Rows = 1500, Seed = 6, CustomerIdPrefix = "B6-" });
        var lines = File.ReadAllLines(full);
        var target = Array.IndexOf(lines[0].Split(','), ChurnColumns.Churned);
        File.WriteAllText(Path.Combine(incoming, "1-empty.csv"), string.Empty);
        File.WriteAllLines(Path.Combine(incoming, "2-header.csv"), lines.Take(1));
        File.WriteAllLines(Path.Combine(incoming, "3-tiny.csv"), lines.Where((line, i) => i == 0 || line.Split(',')[target] == ChurnColumns.PositiveClass).Take(6));
        File.WriteAllLines(Path.Combine(incoming, "4-one-class.csv"), lines.Where((line, i) => i == 0 || line.Split(',')[target] == ChurnColumns.NegativeClass));

        Assert.Equal(0, Run(github, "--target=Monitor"));

        Assert.Empty(github.Repository.Issues);
        foreach (var batch in new[] { "1-empty", "2-header", "3-tiny", "4-one-class" })
        {
            Assert.Contains("**Verdict: insufficient data**", File.ReadAllText(Path.Combine(root, "artifacts", "monitor", batch, "report.md")), StringComparison.Ordinal);
        }
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string FeedFolder => Path.Combine(root, "feed");

    private int Run(GitHubSimulator github, params string[] args) =>
        new CakeHost()
            .UseContext<BuildContext>()
            .UseTasks(typeof(Mlops.Build.Tasks.Monitor))
            .UseWorkingDirectory(root)
            .UseEnvironmentVariables(new Dictionary<string, string?>
            {
                [EnvironmentNames.GitHubToken] = github.Token,
                [EnvironmentNames.GitHubRepository] = github.Repository.FullName,
                [EnvironmentNames.GitHubApiUrl] = github.BaseAddress.AbsoluteUri,
                [EnvironmentNames.GitHubSha] = "c0ffee",
                [EnvironmentNames.NuGetFeedUrl] = FeedFolder,
                [EnvironmentNames.GitHubActions] = null,
                [EnvironmentNames.Ci] = null,
                [EnvironmentNames.GitHubStepSummary] = null,
                [EnvironmentNames.GitHubRunId] = null,
                [EnvironmentNames.RailwayToken] = null,
                [EnvironmentNames.RailwayApiToken] = null,
                [EnvironmentNames.HistoryPostgres] = null,
            })
            .Run(args);

    /// <summary>
    /// The repository's build files and model runtime project (Pack compiles it), a spec for small data, 4000 generated
    /// rows, and a model trained from them as version 1.0.0 in artifacts/model/ (the feed is empty, so Monitor checks it).
    /// </summary>
    private ModelSpec CreateRepository()
    {
        foreach (var file in RootFiles)
        {
            File.Copy(RepositoryRoot.File(file), Path.Combine(root, file));
        }

        File.WriteAllText(Path.Combine(root, "version.txt"), "1.0.0\n");
        CopyProject(RepositoryRoot.File("model", "Model"), Path.Combine(root, "model", "Model"));
        File.WriteAllText(Path.Combine(root, "model", "spec.json"), RetrainingWorld.SpecText(RepositoryRoot.File("model", "spec.json"), rocAucMin: 0.7));
        var spec = SpecLoader.Load(Path.Combine(root, "model", "spec.json"));
        Directory.CreateDirectory(Path.Combine(root, "data", "incoming"));
        ChurnGenerator.WriteFile(Path.Combine(root, spec.Data.Path), new ChurnDataOptions { Rows = RetrainingWorld.TrainingRows, Seed = 11 });
        new ModelPipeline(spec, root, new BuildPaths(root).ModelArtifacts).Evaluate(new ModelIdentity("1.0.0", "c0ffee"));
        return spec;
    }

    private static void CopyProject(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(destination, relative))!);
            File.Copy(file, Path.Combine(destination, relative));
        }
    }
}
