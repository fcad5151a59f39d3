using Mlops.Build.Integrations.GitHub;
using Mlops.Integrations.Tests.GitHub;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.Issues;
using Mlops.Simulators.GitHub;

namespace Mlops.Integrations.Tests.Monitoring;

/// <summary>
/// Monitor's issue lifecycle through Octokit against a GitHub that loses replies or fails every Nth call: a breach
/// and its repeat leave exactly one issue with one comment, however the faults fall.
/// </summary>
public sealed class RegressionIssueFaultTests
{
    // Each kind of fault on every 3rd, 4th and 5th call, so that the creates themselves are among the calls that fail.
    public static TheoryData<string, int, Func<GitHubFault>> RecurringFaults
    {
        get
        {
            var data = new TheoryData<string, int, Func<GitHubFault>>();
            foreach (var period in new[] { 3, 4, 5 })
            {
                data.Add("502 after its write", period, GitHubFault.ServerErrorAfterCommit);
                data.Add("503 before its write", period, () => GitHubFault.ServerError(503));
                data.Add("written, then the connection drops", period, GitHubFault.DropAfterCommit);
            }

            return data;
        }
    }

    [Fact]
    public async Task A_lost_reply_to_the_issue_create_leaves_one_issue_and_its_repeat_one_comment()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.NextOn("POST", "/issues", GitHubFault.DropAfterCommit());
        var lifecycle = Lifecycle(rig);

        var opened = await MonitorResults.ApplyAsync(lifecycle, MonitorResults.Shifted());
        var repeated = await MonitorResults.ApplyAsync(lifecycle, MonitorResults.Shifted());

        var issue = Assert.Single(rig.Repo.Issues);
        Assert.Equal((LifecycleAction.Opened, issue.Number), (opened.Action, opened.IssueNumber));
        Assert.Equal((LifecycleAction.Commented, issue.Number), (repeated.Action, repeated.IssueNumber));
        Assert.Single(rig.Repo.CommentsOf(issue.Number));
        Assert.Single(rig.Simulator.RequestsTo("POST", "/issues"));
    }

    [Fact]
    public async Task A_lost_reply_to_the_comment_leaves_one_comment()
    {
        await using var rig = await GitHubRig.StartAsync();
        var lifecycle = Lifecycle(rig);
        await MonitorResults.ApplyAsync(lifecycle, MonitorResults.Shifted());
        var issue = Assert.Single(rig.Repo.Issues);
        rig.Simulator.Faults.NextOn("POST", "/comments", GitHubFault.DropAfterCommit());

        var repeated = await MonitorResults.ApplyAsync(lifecycle, MonitorResults.Shifted());

        Assert.Equal(LifecycleAction.Commented, repeated.Action);
        Assert.Single(rig.Repo.CommentsOf(issue.Number));
        Assert.Single(rig.Simulator.RequestsTo("POST", $"/issues/{issue.Number}/comments"));
    }

    [Fact]
    public async Task A_5xx_on_the_issue_create_that_wrote_nothing_is_sent_again_after_the_look()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.NextOn("POST", "/issues", GitHubFault.ServerError(502));

        var opened = await MonitorResults.ApplyAsync(Lifecycle(rig), MonitorResults.Shifted());

        Assert.Equal(LifecycleAction.Opened, opened.Action);
        Assert.Single(rig.Repo.Issues);
        Assert.Equal(2, rig.Simulator.RequestsTo("POST", "/issues").Count);
    }

    [Theory]
    [MemberData(nameof(RecurringFaults))]
    public async Task A_breach_and_its_repeat_behind_a_flaky_GitHub_leave_one_issue_and_one_comment(string scenario, int period, Func<GitHubFault> fault)
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.Every(period, fault());
        var lifecycle = Lifecycle(rig);

        var opened = await MonitorResults.ApplyAsync(lifecycle, MonitorResults.Shifted());
        var repeated = await MonitorResults.ApplyAsync(lifecycle, MonitorResults.Shifted());

        var issue = Assert.Single(rig.Repo.Issues);
        Assert.Equal((LifecycleAction.Opened, LifecycleAction.Commented), (opened.Action, repeated.Action));
        Assert.True(rig.Repo.CommentsOf(issue.Number).Count == 1, $"every {period}th call {scenario}: {rig.Repo.CommentsOf(issue.Number).Count} comments");
        Assert.Equal(["data-drift", "model-regression"], rig.Repo.Labels.Select(label => label.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RecurringFaults))]
    public async Task Recovery_behind_a_flaky_GitHub_comments_once_and_closes_the_issue(string scenario, int period, Func<GitHubFault> fault)
    {
        await using var rig = await GitHubRig.StartAsync();
        var lifecycle = Lifecycle(rig);
        await MonitorResults.ApplyAsync(lifecycle, MonitorResults.Shifted());
        rig.Simulator.Faults.Every(period, fault());

        var recovered = await MonitorResults.ApplyAsync(lifecycle, MonitorResults.Healthy());

        var issue = Assert.Single(rig.Repo.Issues);
        Assert.Equal(LifecycleAction.Closed, recovered.Action);
        Assert.Equal("closed", issue.State);
        Assert.True(rig.Repo.CommentsOf(issue.Number).Count == 1, $"every {period}th call {scenario}: {rig.Repo.CommentsOf(issue.Number).Count} comments");
    }

    [Fact]
    public async Task Labels_are_looked_up_once_and_only_the_missing_ones_are_created()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Repo.TryAddLabel("Model-Regression", "b60205", null);

        await MonitorResults.ApplyAsync(Lifecycle(rig), MonitorResults.Shifted());
        await MonitorResults.ApplyAsync(Lifecycle(rig), MonitorResults.Healthy());
        await MonitorResults.ApplyAsync(Lifecycle(rig), MonitorResults.Shifted());

        var creates = rig.Simulator.RequestsTo("POST", "/labels");
        using var created = System.Text.Json.JsonDocument.Parse(Assert.Single(creates).Body);
        Assert.Equal("data-drift", created.RootElement.GetProperty("name").GetString());
        Assert.Equal(2, rig.Simulator.RequestsTo("GET", "/labels").Count);
    }

    private static RegressionIssueLifecycle Lifecycle(GitHubRig rig) => new(new GitHubRegressionIssues(rig.Client));
}
