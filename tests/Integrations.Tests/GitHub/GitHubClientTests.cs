using Mlops.Build.Integrations.GitHub;

namespace Mlops.Integrations.Tests.GitHub;

public sealed class GitHubClientTests
{
    [Fact]
    public async Task Sends_the_headers_GitHub_requires()
    {
        await using var rig = await GitHubRig.StartAsync();

        await rig.Client.ListIssuesAsync(new IssueQuery());

        var headers = Assert.Single(rig.Simulator.Requests).Headers;
        Assert.Equal("application/vnd.github+json", headers["Accept"]);
        Assert.Equal("2022-11-28", headers["X-GitHub-Api-Version"]);
        Assert.Equal($"Bearer {rig.Simulator.Token}", headers["Authorization"]);
        Assert.False(string.IsNullOrWhiteSpace(headers["User-Agent"]));
    }

    [Fact]
    public async Task Creates_an_issue_with_its_labels_and_reads_it_back()
    {
        await using var rig = await GitHubRig.StartAsync();

        var created = await rig.Client.CreateIssueAsync(GitHubRig.Regression());

        var stored = Assert.Single(rig.Repo.Issues);
        Assert.Equal(stored.Number, created.Number);
        Assert.Equal(IssueState.Open, created.State);
        Assert.True(created.HasLabel("MODEL-REGRESSION"));
        Assert.Equal(stored.HtmlUrl, created.HtmlUrl);
    }

    [Fact]
    public async Task Comments_on_an_issue_and_lists_the_comments()
    {
        await using var rig = await GitHubRig.StartAsync();
        var issue = await rig.Client.CreateIssueAsync(GitHubRig.Regression());

        var comment = await rig.Client.CreateCommentAsync(issue.Number, "Still failing: roc_auc 0.60");
        var comments = await rig.Client.ListCommentsAsync(issue.Number);

        Assert.Equal(comment.Id, Assert.Single(comments).Id);
        Assert.Equal("Still failing: roc_auc 0.60", Assert.Single(rig.Repo.CommentsOf(issue.Number)).Body);
    }

    [Theory]
    [InlineData(IssueStateReason.Completed, "completed")]
    [InlineData(IssueStateReason.NotPlanned, "not_planned")]
    public async Task Closes_an_issue_with_the_state_reason(IssueStateReason reason, string wire)
    {
        await using var rig = await GitHubRig.StartAsync();
        var issue = await rig.Client.CreateIssueAsync(GitHubRig.Regression());

        var closed = await rig.Client.UpdateIssueAsync(issue.Number, IssueUpdate.Close(reason));

        Assert.Equal(IssueState.Closed, closed.State);
        Assert.Equal(wire, closed.StateReason);
        Assert.NotNull(closed.ClosedAt);
        Assert.Equal("closed", rig.Repo.Issue(issue.Number)!.State);
    }

    [Fact]
    public async Task Reads_every_page_through_the_link_header()
    {
        await using var rig = await GitHubRig.StartAsync();
        for (var i = 0; i < 230; i++)
        {
            rig.Repo.AddIssue($"issue {i}", null, ["model-regression"]);
        }

        var issues = await rig.Client.ListIssuesAsync(new IssueQuery(Labels: ["model-regression"]));

        Assert.Equal(230, issues.Select(issue => issue.Number).Distinct().Count());
        Assert.Equal(3, rig.Simulator.RequestsTo("GET", "/issues").Count);
    }

    [Fact]
    public async Task Lists_the_repositorys_labels_and_creates_one_answering_false_when_it_exists_in_any_case()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Repo.TryAddLabel("Model-Regression", "b60205", null);

        var created = await rig.Client.CreateLabelAsync(new NewLabel("data-drift", "fbca04", "Input data drifted"));
        var again = await rig.Client.CreateLabelAsync(new NewLabel("model-regression"));
        var labels = await rig.Client.ListLabelsAsync();

        Assert.True(created);
        Assert.False(again);
        Assert.Equal(["Model-Regression", "data-drift"], labels.Select(label => label.Name));
    }

    [Fact]
    public async Task Talks_to_GitHub_Enterprise_under_its_api_v3_base()
    {
        await using var rig = await GitHubRig.StartAsync(pathBase: "/api/v3");

        await rig.Client.CreateIssueAsync(GitHubRig.Regression());
        await rig.Client.ListIssuesAsync(new IssueQuery());

        Assert.EndsWith("/api/v3/", rig.Simulator.BaseAddress.AbsoluteUri, StringComparison.Ordinal);
        Assert.All(rig.Simulator.Requests, request => Assert.StartsWith($"/api/v3/repos/{rig.Repo.FullName}/issues", request.Path, StringComparison.Ordinal));
        Assert.Single(rig.Repo.Issues);
    }

    [Fact]
    public async Task Closing_an_issue_sends_only_the_state_and_never_clears_its_milestone()
    {
        await using var rig = await GitHubRig.StartAsync();
        var issue = rig.Repo.AddIssue("t", null, []);

        await rig.Client.UpdateIssueAsync(issue.Number, IssueUpdate.Close(IssueStateReason.Completed));

        var patch = Assert.Single(rig.Simulator.RequestsTo("PATCH", $"/issues/{issue.Number}"));
        using var body = System.Text.Json.JsonDocument.Parse(patch.Body);
        Assert.Equal(["state", "state_reason"], body.RootElement.EnumerateObject().Select(field => field.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Creates_a_commit_status_and_a_release()
    {
        await using var rig = await GitHubRig.StartAsync();

        var status = await rig.Client.CreateCommitStatusAsync("0123abc", new NewCommitStatus(CommitState.Failure, "model-gate", "roc_auc below 0.80"));
        var release = await rig.Client.CreateReleaseAsync(new NewRelease("v1.2.0", "1.2.0", "model card"));

        Assert.Equal(CommitState.Failure, status.State);
        Assert.Equal("0123abc", Assert.Single(rig.Repo.Statuses).Sha);
        Assert.Equal("v1.2.0", release.TagName);
    }

    [Fact]
    public async Task Names_the_call_and_the_validation_errors_when_GitHub_refuses()
    {
        await using var rig = await GitHubRig.StartAsync();
        await rig.Client.CreateReleaseAsync(new NewRelease("v1.2.0"));

        var error = await Assert.ThrowsAsync<Mlops.Build.Integrations.Http.ServiceException>(() => rig.Client.CreateReleaseAsync(new NewRelease("v1.2.0")));

        Assert.Equal($"POST /repos/{rig.Repo.FullName}/releases", error.Call);
        Assert.Contains("Validation Failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("Release.tag_name already_exists", error.Message, StringComparison.Ordinal);
    }
}
