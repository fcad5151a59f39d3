using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.GitHub;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Build.Integrations.Retraining;
using Mlops.Integrations.Tests.GitHub;
using Mlops.Integrations.Tests.Monitoring;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.History;
using Mlops.Model.Training.Monitoring.Issues;
using Mlops.Model.Training.Spec;

namespace Mlops.Integrations.Tests.Retraining;

public sealed class ModelRetrainingTests(RetrainingWorld world) : IClassFixture<RetrainingWorld>, IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("mlops-retrain-run-").FullName;

    [Fact]
    public async Task A_breach_with_a_passing_challenger_publishes_the_next_patch_above_the_feed_and_names_it_on_the_issue()
    {
        await using var rig = await GitHubRig.StartAsync();
        using var feed = await FeedWithAsync("1.0.0", "1.1.3");
        var deployer = new RecordingDeployer();
        var issues = new GitHubRegressionIssues(rig.Client);
        var breach = await BreachAsync(issues);

        var outcome = await Retraining(feed, issues, deployer).RunAsync(Request(world.Spec, [breach]), CancellationToken.None);

        Assert.Equal(RetrainingResult.Published, outcome.Result);
        Assert.Equal("1.1.4", outcome.Version);
        Assert.Equal(["1.0.0", "1.1.3", "1.1.4"], (await feed.ListVersionsAsync(world.Spec.ModelId)).Select(v => v.ToNormalizedString()));
        Assert.Equal(["1.1.4"], deployer.Deployed);
        var comment = rig.Repo.CommentsOf(breach.Issue.IssueNumber!.Value)[^1].Body;
        Assert.Contains($"**{world.Spec.ModelId} 1.1.4** passed the gate against the champion 1.0.0", comment, StringComparison.Ordinal);
        Assert.Contains(feed.Settings.Source, comment, StringComparison.Ordinal);
        Assert.Contains("| roc_auc vs champion 1.0.0", comment, StringComparison.Ordinal);
        Assert.Contains("is live on the test provider", comment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_breach_with_a_challenger_that_fails_the_gate_publishes_nothing_and_says_why_on_the_issue()
    {
        await using var rig = await GitHubRig.StartAsync();
        using var feed = await FeedWithAsync("1.0.0");
        var deployer = new RecordingDeployer();
        var issues = new GitHubRegressionIssues(rig.Client);
        var breach = await BreachAsync(issues);

        var outcome = await Retraining(feed, issues, deployer).RunAsync(Request(world.UnreachableGateSpec(), [breach]), CancellationToken.None);

        Assert.Equal(RetrainingResult.Rejected, outcome.Result);
        Assert.Equal(["1.0.0"], (await feed.ListVersionsAsync(world.Spec.ModelId)).Select(v => v.ToNormalizedString()));
        Assert.Empty(deployer.Deployed);
        var comment = rig.Repo.CommentsOf(breach.Issue.IssueNumber!.Value)[^1].Body;
        Assert.Contains("failed the gate against the champion 1.0.0: **nothing was published**", comment, StringComparison.Ordinal);
        Assert.Contains("Failed: roc_auc", comment, StringComparison.Ordinal);
        Assert.Contains("roc_auc ≥ 0.999 | FAIL |", comment, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Without_an_alert_nothing_is_trained_published_or_commented(bool breachBelowTheAlertRule)
    {
        await using var rig = await GitHubRig.StartAsync();
        using var feed = await FeedWithAsync("1.0.0");
        var issues = new GitHubRegressionIssues(rig.Client);
        var lifecycle = new RegressionIssueLifecycle(issues);
        var result = breachBelowTheAlertRule ? MonitorResults.Shifted() : MonitorResults.Healthy();
        var issue = await lifecycle.ApplyAsync(MonitorResults.Run, result, new AlertRule(2, 3), CloseRule.FirstHealthy, VerdictHistory.Empty);

        var outcome = await Retraining(feed, issues, new RecordingDeployer()).RunAsync(
            Request(world.Spec, [new MonitorOutcome(MonitorResults.Run, result, issue)]), CancellationToken.None);

        Assert.Equal(RetrainingResult.NotNeeded, outcome.Result);
        Assert.False(Directory.Exists(Path.Combine(work, "retrain")), "nothing may be trained without an alert");
        Assert.Equal(["1.0.0"], (await feed.ListVersionsAsync(world.Spec.ModelId)).Select(v => v.ToNormalizedString()));
        Assert.Empty(rig.Repo.Issues);
    }

    public void Dispose() => Directory.Delete(work, recursive: true);

    private static async Task<MonitorOutcome> BreachAsync(IRegressionIssues issues)
    {
        var result = MonitorResults.Shifted();
        var issue = await new RegressionIssueLifecycle(issues).ApplyAsync(MonitorResults.Run, result, AlertRule.EveryBreach, CloseRule.FirstHealthy, VerdictHistory.Empty);
        Assert.Equal(LifecycleAction.Opened, issue.Action);
        return new MonitorOutcome(MonitorResults.Run, result, issue);
    }

    private ModelRetraining Retraining(IModelFeed feed, IRegressionIssues issues, IDeployProvider deployer) =>
        new(feed, new FolderPacker(Path.Combine(work, "packages")), issues, deployer, "not deployed (test).", _ => { });

    private RetrainingRequest Request(ModelSpec spec, IReadOnlyList<MonitorOutcome> outcomes) => new(
        spec,
        world.Folder,
        world.Champion,
        [world.WriteBatch($"shifted-{Guid.NewGuid():N}.csv", rows: 1500, seed: 5, shift: "tenure_months=0.8")],
        outcomes,
        "c0ffee",
        Path.Combine(work, "retrain"));

    /// <summary>A folder feed holding these versions of the model (the champion's files, so they are real packages).</summary>
    private async Task<NuGetModelFeed> FeedWithAsync(params string[] versions)
    {
        var feed = new NuGetModelFeed(FeedSettings.Folder(Path.Combine(work, "feed")));
        var packer = new FolderPacker(Path.Combine(work, "seed-packages"));
        var championFolder = Path.Combine(world.Folder, "champion");
        foreach (var version in versions)
        {
            GateArtifacts.Write(championFolder, FirstModelGate());
            await feed.PushAsync((await packer.PackAsync(championFolder, version, CancellationToken.None)).PackagePath);
        }

        Assert.Equal(versions, (await feed.ListVersionsAsync(world.Spec.ModelId)).Select(v => v.ToNormalizedString()));
        return feed;
    }

    private static GateDecision FirstModelGate() =>
        GateDecision.Decide(new([], null), GateMode.Enabled, force: false, reason: null);
}
