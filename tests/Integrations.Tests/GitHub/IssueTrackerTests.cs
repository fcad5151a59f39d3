using Mlops.Build.Integrations.GitHub;
using Mlops.Simulators.GitHub;

namespace Mlops.Integrations.Tests.GitHub;

public sealed class IssueTrackerTests
{
    private static readonly HiddenMarker Fingerprint = new("fingerprint", "churn-roc_auc-7f3a");

    [Fact]
    public async Task Files_once_and_finds_the_same_issue_the_next_time()
    {
        await using var rig = await GitHubRig.StartAsync();

        var first = await rig.Tracker.FindOrCreateAsync(Fingerprint, GitHubRig.Regression());
        var second = await rig.Tracker.FindOrCreateAsync(Fingerprint, GitHubRig.Regression("a different title"));

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Issue.Number, second.Issue.Number);
        Assert.Contains(Fingerprint.Text, Assert.Single(rig.Repo.Issues).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_issue_with_the_marker_does_not_stop_a_new_one()
    {
        await using var rig = await GitHubRig.StartAsync();
        var first = await rig.Tracker.FindOrCreateAsync(Fingerprint, GitHubRig.Regression());
        await rig.Client.UpdateIssueAsync(first.Issue.Number, IssueUpdate.Close(IssueStateReason.Completed));

        var again = await rig.Tracker.FindOrCreateAsync(Fingerprint, GitHubRig.Regression());

        Assert.True(again.Created);
        Assert.Equal(2, rig.Repo.Issues.Count);
    }

    [Fact]
    public async Task Rate_limited_once_still_files_exactly_one_issue()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.Next(GitHubFault.PrimaryRateLimit(TimeSpan.FromSeconds(5)));

        await rig.Tracker.FindOrCreateAsync(Fingerprint, GitHubRig.Regression());
        await rig.Tracker.FindOrCreateAsync(Fingerprint, GitHubRig.Regression());

        Assert.Single(rig.Repo.Issues);
        Assert.Single(rig.Waits);
    }

    [Fact]
    public async Task A_create_whose_answer_is_lost_is_found_instead_of_filed_twice()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.NextOn("POST", "/issues", GitHubFault.ServerErrorAfterCommit());

        var filing = await rig.Tracker.FindOrCreateAsync(Fingerprint, GitHubRig.Regression());

        Assert.Equal(Assert.Single(rig.Repo.Issues).Number, filing.Issue.Number);
        Assert.Single(rig.Simulator.RequestsTo("POST", "/issues"));
    }

    [Fact]
    public async Task A_create_that_failed_on_GitHub_is_tried_again()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.NextOn("POST", "/issues", GitHubFault.ServerError(503));

        var filing = await rig.Tracker.FindOrCreateAsync(Fingerprint, GitHubRig.Regression());

        Assert.True(filing.Created);
        Assert.Single(rig.Repo.Issues);
        Assert.Equal(2, rig.Simulator.RequestsTo("POST", "/issues").Count);
    }

    [Fact]
    public async Task A_create_that_keeps_failing_gives_up_after_the_policys_attempts_naming_the_call()
    {
        await using var rig = await GitHubRig.StartAsync();
        var attempts = GitHubClientFactory.DefaultPolicy(new GitHubRateLimits()).MaxAttempts;
        for (var i = 0; i < attempts; i++)
        {
            rig.Simulator.Faults.NextOn("POST", "/issues", GitHubFault.ServerError(503));
        }

        var error = await Assert.ThrowsAsync<Mlops.Build.Integrations.Http.ServiceException>(() => rig.Tracker.FindOrCreateAsync(Fingerprint, GitHubRig.Regression()));

        Assert.Equal($"POST /repos/{rig.Repo.FullName}/issues", error.Call);
        Assert.Equal(attempts, rig.Simulator.RequestsTo("POST", "/issues").Count);
        Assert.Equal(attempts - 1, rig.Waits.Count);
        Assert.Empty(rig.Repo.Issues);
    }

    [Fact]
    public async Task Creates_missing_labels_and_tolerates_existing_ones_in_any_case()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Repo.TryAddLabel("Model-Regression", "d73a4a", null);

        await rig.Tracker.EnsureLabelsAsync([new NewLabel("model-regression", "d73a4a"), new NewLabel("data-drift", "fbca04", "Input data drifted")]);

        Assert.Equal(["Model-Regression", "data-drift"], rig.Repo.Labels.Select(label => label.Name));
        Assert.Equal("fbca04", rig.Repo.Labels[1].Color);
    }

    [Fact]
    public async Task Upserting_a_comment_twice_updates_the_same_comment()
    {
        await using var rig = await GitHubRig.StartAsync();
        var pullRequest = rig.Repo.AddIssue("Retrain with May data", null, [], isPullRequest: true);
        rig.Repo.AddComment(pullRequest, "a reviewer's comment");
        var report = new HiddenMarker("report", "model-gate");

        var first = await rig.Tracker.UpsertCommentAsync(pullRequest.Number, report, "roc_auc +0.01");
        var second = await rig.Tracker.UpsertCommentAsync(pullRequest.Number, report, "roc_auc +0.02");

        Assert.Equal(first.Id, second.Id);
        var comments = rig.Repo.CommentsOf(pullRequest.Number);
        Assert.Equal(2, comments.Count);
        Assert.StartsWith("roc_auc +0.02", comments[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pull_requests_carrying_the_marker_are_not_taken_for_the_issue()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Repo.AddIssue("a PR quoting the marker", Fingerprint.Text, ["model-regression"], isPullRequest: true);

        var filing = await rig.Tracker.FindOrCreateAsync(Fingerprint, GitHubRig.Regression());

        Assert.True(filing.Created);
    }
}
