using System.Net;
using Mlops.Build.Integrations.GitHub;
using Mlops.Build.Integrations.Http;

namespace Mlops.Integrations.Tests.GitHub.Contracts;

/// <summary>The Octokit client reads GitHub's real recorded answers (from @octokit/fixtures), not only the simulator's.</summary>
public sealed class GitHubFixtureContractTests
{
    [Fact]
    public async Task Reads_a_created_issue()
    {
        var fixture = OctokitFixture.Load("add-labels-to-issue").First(exchange => exchange.Method == "POST" && exchange.Path.EndsWith("/issues", StringComparison.Ordinal));

        var issue = await Replaying("add-labels-to-issue", [fixture]).CreateIssueAsync(new NewIssue("Issue without a label"));

        Assert.Equal(fixture.Response.GetProperty("number").GetInt32(), issue.Number);
        Assert.Equal(IssueState.Open, issue.State);
        Assert.Equal("Issue without a label", issue.Title);
        Assert.False(issue.IsPullRequest);
    }

    [Fact]
    public async Task Reads_labels_as_listed_and_as_created()
    {
        var client = Replaying("labels", OctokitFixture.Load("labels"));

        var listed = await client.ListLabelsAsync();
        var created = await client.CreateLabelAsync(new NewLabel("test-label", "663399"));

        Assert.Contains(listed, label => label.Name == "bug" && label.Color == "d73a4a");
        Assert.True(created);
    }

    [Fact]
    public async Task Reads_a_created_commit_status()
    {
        var fixture = OctokitFixture.Load("create-status")[0];
        var sha = fixture.Path.Split('/')[^1];

        var status = await Replaying("create-status", [fixture]).CreateCommitStatusAsync(sha, new NewCommitStatus(CommitState.Failure, "default"));

        Assert.Equal(fixture.Response.GetProperty("state").GetString(), status.State.ToString().ToLowerInvariant());
        Assert.Equal(fixture.Response.GetProperty("context").GetString(), status.Context);
        Assert.Equal(fixture.Response.GetProperty("id").GetInt64(), status.Id);
    }

    [Fact]
    public async Task Explains_a_real_validation_error_with_its_field_and_code()
    {
        var fixture = Assert.Single(OctokitFixture.Load("errors"));

        var error = await Assert.ThrowsAsync<ServiceException>(() => Replaying("errors", [fixture]).CreateLabelAsync(new NewLabel("foo", "ffffff")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Status);
        Assert.Equal($"POST {fixture.Path}", error.Call);
        Assert.Contains("Validation Failed (Label.color invalid)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follows_GitHubs_real_link_headers_through_every_page()
    {
        var fixtures = OctokitFixture.Load("paginate-issues");

        var issues = await Replaying("paginate-issues", fixtures).ListIssuesAsync(new IssueQuery(PerPage: 3));

        Assert.Equal(fixtures.Sum(page => page.Response.GetArrayLength()), issues.Count);
        Assert.Equal(issues.Count, issues.Select(issue => issue.Number).Distinct().Count());
    }

    // The fixtures were recorded on api.github.com for the repository octokit-fixture-org/{scenario}.
    private static OctokitGitHubClient Replaying(string scenario, IReadOnlyList<OctokitFixture> fixtures) =>
        GitHubClientFactory.CreateRest(
            GitHubSettings.Create("fixture-token", $"octokit-fixture-org/{scenario}", GitHubSettings.DefaultApiUrl),
            _ => { },
            onGitHubActions: false,
            new SecretMasker(),
            policy: null,
            delay: (_, _) => Task.CompletedTask,
            transport: new FixtureReplayHandler(fixtures));
}
