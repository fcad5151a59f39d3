using Mlops.Build.Integrations.GitHub;
using Mlops.Integrations.Tests.GitHub;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.History;
using Mlops.Model.Training.Monitoring.Issues;
using Mlops.Simulators.GitHub;

namespace Mlops.Integrations.Tests.Monitoring;

public sealed class GitHubRegressionIssuesTests
{
    [Fact]
    public async Task The_lifecycle_on_GitHub_opens_once_comments_on_a_repeat_and_closes_on_recovery()
    {
        await using var rig = await GitHubRig.StartAsync();
        var lifecycle = new RegressionIssueLifecycle(new GitHubRegressionIssues(rig.Client));

        var healthy = await MonitorResults.ApplyAsync(lifecycle, MonitorResults.Healthy());
        Assert.Equal(LifecycleAction.Nothing, healthy.Action);
        Assert.Empty(rig.Repo.Issues);

        var opened = await MonitorResults.ApplyAsync(lifecycle, MonitorResults.Shifted());
        var issue = Assert.Single(rig.Repo.Issues);
        Assert.Equal(LifecycleAction.Opened, opened.Action);
        Assert.Equal(["data-drift", "model-regression"], issue.Labels.Select(l => l.Name).Order(StringComparer.Ordinal));
        Assert.Contains(rig.Repo.Labels, label => label.Name == "data-drift");
        Assert.Contains("Mlops.ChurnModel 1.4.0: drift:tenure_months, prediction_drift", issue.Title, StringComparison.Ordinal);
        Assert.Contains("c0ffee", issue.Body, StringComparison.Ordinal);

        var repeated = await MonitorResults.ApplyAsync(lifecycle, MonitorResults.Shifted());
        Assert.Equal(LifecycleAction.Commented, repeated.Action);
        Assert.Single(rig.Repo.Issues);
        Assert.Equal([true, true], repeated.History.Breaches);

        var insufficient = await MonitorResults.ApplyAsync(lifecycle, MonitorResults.TooFewRows());
        Assert.Equal(LifecycleAction.Nothing, insufficient.Action);
        Assert.Equal("open", rig.Repo.Issue(issue.Number)!.State);

        var recovered = await MonitorResults.ApplyAsync(lifecycle, MonitorResults.Healthy());
        Assert.Equal(LifecycleAction.Closed, recovered.Action);
        var closed = rig.Repo.Issue(issue.Number)!;
        Assert.Equal("closed", closed.State);
        Assert.Equal("completed", closed.StateReason);
        Assert.Equal(2, rig.Repo.CommentsOf(issue.Number).Count);
        Assert.Contains("<!-- mlops:history=B,B,H -->", rig.Repo.CommentsOf(issue.Number)[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limited_once_while_opening_still_files_exactly_one_issue()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.NextOn("POST", "/issues", GitHubFault.SecondaryRateLimit(TimeSpan.FromSeconds(2)));
        var lifecycle = new RegressionIssueLifecycle(new GitHubRegressionIssues(rig.Client));

        var outcome = await MonitorResults.ApplyAsync(lifecycle, MonitorResults.Shifted());

        Assert.Equal(LifecycleAction.Opened, outcome.Action);
        Assert.Single(rig.Repo.Issues);
        Assert.Contains(rig.Waits, wait => wait >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task A_changed_set_of_breaches_retitles_and_comments_on_the_one_open_issue()
    {
        await using var rig = await GitHubRig.StartAsync();
        var lifecycle = new RegressionIssueLifecycle(new GitHubRegressionIssues(rig.Client));
        await Apply(lifecycle, MonitorResults.Shifted());

        var changed = await Apply(lifecycle, MonitorResults.Changed());
        var again = await Apply(lifecycle, MonitorResults.Changed());

        var issue = Assert.Single(rig.Repo.Issues);
        Assert.Equal((LifecycleAction.Commented, LifecycleAction.Commented), (changed.Action, again.Action));
        Assert.Contains("missing:monthly_charges, prediction_drift", rig.Repo.Issue(issue.Number)!.Title, StringComparison.Ordinal);
        var comments = rig.Repo.CommentsOf(issue.Number);
        Assert.Contains("Newly breached: `missing:monthly_charges`. No longer breached: `drift:tenure_months`.", comments[0].Body, StringComparison.Ordinal);
        Assert.StartsWith("The same breach again.", comments[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_create_whose_answer_was_lost_is_found_instead_of_filed_twice()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.NextOn("POST", "/issues", GitHubFault.ServerErrorAfterCommit());
        var lifecycle = new RegressionIssueLifecycle(new GitHubRegressionIssues(rig.Client));

        await MonitorResults.ApplyAsync(lifecycle, MonitorResults.Shifted());
        await MonitorResults.ApplyAsync(lifecycle, MonitorResults.Shifted());

        Assert.Single(rig.Repo.Issues);
    }

    [Fact]
    public async Task Without_a_token_the_issue_is_printed_as_not_filed()
    {
        var printed = new List<string>();
        var client = GitHubClientFactory.Create(GitHubSettings.Create(null, "octo-org/model-repo", GitHubSettings.DefaultApiUrl), printed.Add, onGitHubActions: false);
        var lifecycle = new RegressionIssueLifecycle(new GitHubRegressionIssues(client));

        await MonitorResults.ApplyAsync(lifecycle, MonitorResults.Shifted());

        Assert.Contains(printed, line => line.StartsWith(UnfiledGitHubClient.NotFiled, StringComparison.Ordinal) && line.Contains("Model regression", StringComparison.Ordinal));
    }

    private static Task<LifecycleOutcome> Apply(RegressionIssueLifecycle lifecycle, MonitorResult result) =>
        lifecycle.ApplyAsync(MonitorResults.Run, result, AlertRule.EveryBreach, CloseRule.FirstHealthy, VerdictHistory.Empty);
}
