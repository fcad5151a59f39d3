using Mlops.Build.Integrations.GitHub;
using Mlops.Build.Integrations.GitHub.Reports;
using Mlops.Simulators.GitHub;

namespace Mlops.Integrations.Tests.GitHub.Reports;

public sealed class PullRequestReporterTests
{
    [Fact]
    public async Task The_first_push_creates_the_comment_and_the_next_push_updates_that_same_comment()
    {
        await using var rig = await GitHubRig.StartAsync();
        var pullRequest = rig.Repo.AddIssue("Tune the learning rate", "body", [], isPullRequest: true).Number;
        var reporter = new PullRequestReporter(rig.Client);

        await reporter.PostAsync(pullRequest, GateOutcomes.Passed(f1: 0.71), GateOutcomes.Source(commit: "aaaa1111"));
        await reporter.PostAsync(pullRequest, GateOutcomes.Passed(f1: 0.73), GateOutcomes.Source(commit: "bbbb2222"));

        var comment = Assert.Single(rig.Repo.CommentsOf(pullRequest));
        Assert.Contains("| f1 | 0.73 | 0.7 |", comment.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("0.71", comment.Body, StringComparison.Ordinal);
        Assert.Contains(PullRequestReporter.Marker.Text, comment.Body, StringComparison.Ordinal);
        Assert.Single(rig.Simulator.RequestsTo("POST", $"/issues/{pullRequest}/comments"));
        Assert.Single(rig.Simulator.RequestsTo("PATCH", $"/issues/comments/{comment.Id}"));
    }

    [Fact]
    public async Task A_lost_reply_to_the_comment_create_leaves_one_comment_and_the_status_is_set()
    {
        await using var rig = await GitHubRig.StartAsync();
        var pullRequest = rig.Repo.AddIssue("Tune the learning rate", "body", [], isPullRequest: true).Number;
        rig.Simulator.Faults.NextOn("POST", "/comments", GitHubFault.DropAfterCommit());

        var result = await new PullRequestReporter(rig.Client).PostAsync(pullRequest, GateOutcomes.Passed(), GateOutcomes.Source());

        Assert.Equal(Assert.Single(rig.Repo.CommentsOf(pullRequest)).Id, result.Comment.Id);
        Assert.Single(rig.Simulator.RequestsTo("POST", $"/issues/{pullRequest}/comments"));
        Assert.Single(rig.Repo.Statuses);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Two_pushes_behind_a_GitHub_failing_every_third_call_after_its_write_leave_one_comment(int status)
    {
        await using var rig = await GitHubRig.StartAsync();
        var pullRequest = rig.Repo.AddIssue("Tune the learning rate", "body", [], isPullRequest: true).Number;
        rig.Simulator.Faults.Every(3, status == 502 ? GitHubFault.ServerErrorAfterCommit() : GitHubFault.ServerError(status));
        var reporter = new PullRequestReporter(rig.Client);

        await reporter.PostAsync(pullRequest, GateOutcomes.Passed(f1: 0.71), GateOutcomes.Source(commit: "aaaa1111"));
        await reporter.PostAsync(pullRequest, GateOutcomes.Passed(f1: 0.73), GateOutcomes.Source(commit: "bbbb2222"));

        Assert.Contains("| f1 | 0.73 | 0.7 |", Assert.Single(rig.Repo.CommentsOf(pullRequest)).Body, StringComparison.Ordinal);
        Assert.Equal(["aaaa1111", "bbbb2222"], rig.Repo.Statuses.Select(s => s.Sha).Distinct());
    }

    [Fact]
    public async Task A_passing_gate_sets_model_gate_success_on_the_head_commit()
    {
        await using var rig = await GitHubRig.StartAsync();
        var pullRequest = rig.Repo.AddIssue("PR", null, [], isPullRequest: true).Number;
        var source = GateOutcomes.Source(commit: "feedc0de");

        await new PullRequestReporter(rig.Client).PostAsync(pullRequest, GateOutcomes.Passed(), source);

        var status = Assert.Single(rig.Repo.Statuses);
        Assert.Equal(("feedc0de", "model-gate", "success"), (status.Sha, status.Context, status.State));
        Assert.Equal("gate passed: 2 checks, no drop vs 0.3.0", status.Description);
        Assert.Equal(source.RunUrl, status.TargetUrl);
    }

    [Fact]
    public async Task A_failing_gate_sets_model_gate_failure_naming_the_first_failed_check()
    {
        await using var rig = await GitHubRig.StartAsync();
        var pullRequest = rig.Repo.AddIssue("PR", null, [], isPullRequest: true).Number;

        await new PullRequestReporter(rig.Client).PostAsync(pullRequest, GateOutcomes.Failed(), GateOutcomes.Source());

        var status = Assert.Single(rig.Repo.Statuses);
        Assert.Equal(("model-gate", "failure"), (status.Context, status.State));
        Assert.Equal("gate failed: f1 0.64 [0.6, 0.68] (needs f1 ≥ 0.7), +1 more", status.Description);
        Assert.Contains("❌ failed", Assert.Single(rig.Repo.CommentsOf(pullRequest)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_the_comment_and_the_status_are_printed_and_marked_not_filed()
    {
        var log = new List<string>();
        var client = GitHubClientFactory.Create(GitHubSettings.Create(null, "acme/churn", GitHubSettings.DefaultApiUrl), log.Add, onGitHubActions: false);

        var result = await new PullRequestReporter(client).PostAsync(12, GateOutcomes.Failed(), GateOutcomes.Source(commit: "abc123"));

        Assert.Equal(2, log.Count);
        Assert.All(log, line => Assert.StartsWith(UnfiledGitHubClient.NotFiled, line, StringComparison.Ordinal));
        Assert.Contains("comment on #12", log[0], StringComparison.Ordinal);
        Assert.Contains("| f1 | 0.64 [0.6, 0.68] | f1 ≥ 0.7 | FAIL |", log[0], StringComparison.Ordinal);
        Assert.Contains("model-gate=Failure on abc123", log[1], StringComparison.Ordinal);
        Assert.Equal(0, result.Comment.Id);
    }

    [Fact]
    public async Task A_pull_request_that_does_not_exist_is_an_error_naming_the_call()
    {
        await using var rig = await GitHubRig.StartAsync();

        var error = await Assert.ThrowsAsync<Mlops.Build.Integrations.Http.ServiceException>(
            () => new PullRequestReporter(rig.Client).PostAsync(404, GateOutcomes.Passed(), GateOutcomes.Source()));

        Assert.Contains("/issues/404/comments", error.Message, StringComparison.Ordinal);
        Assert.Empty(rig.Repo.Statuses);
    }
}
