using Mlops.Build.Integrations.GitHub;

namespace Mlops.Integrations.Tests.GitHub;

public sealed class UnfiledGitHubClientTests
{
    [Fact]
    public async Task Without_a_token_the_issue_is_printed_and_marked_as_not_filed()
    {
        var log = new List<string>();
        var client = GitHubClientFactory.Create(GitHubSettings.Create(null, "acme/churn", GitHubSettings.DefaultApiUrl), log.Add, onGitHubActions: false);

        var filing = await new IssueTracker(client).FindOrCreateAsync(new HiddenMarker("fingerprint", "abc"), new NewIssue("Model regression", "roc_auc 0.61", ["model-regression"]));

        Assert.IsType<UnfiledGitHubClient>(client);
        var printed = Assert.Single(log);
        Assert.StartsWith("NOT FILED (no GITHUB_TOKEN) on acme/churn: issue \"Model regression\"", printed, StringComparison.Ordinal);
        Assert.Contains("roc_auc 0.61", printed, StringComparison.Ordinal);
        Assert.Contains("<!-- mlops:fingerprint=abc -->", printed, StringComparison.Ordinal);
        Assert.Equal(0, filing.Issue.Number);
    }

    [Fact]
    public async Task Without_a_token_the_pull_request_report_and_status_are_printed()
    {
        var log = new List<string>();
        var client = new UnfiledGitHubClient("acme/churn", log.Add);

        await new IssueTracker(client).UpsertCommentAsync(7, new HiddenMarker("report", "model-gate"), "gate table");
        await client.CreateCommitStatusAsync("abc123", new NewCommitStatus(CommitState.Failure, "model-gate", "roc_auc below bound"));

        Assert.Equal(2, log.Count);
        Assert.All(log, line => Assert.StartsWith(UnfiledGitHubClient.NotFiled, line, StringComparison.Ordinal));
        Assert.Contains("comment on #7", log[0], StringComparison.Ordinal);
        Assert.Contains("model-gate=Failure on abc123", log[1], StringComparison.Ordinal);
    }
}
