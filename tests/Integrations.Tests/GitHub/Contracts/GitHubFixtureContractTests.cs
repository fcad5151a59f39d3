using System.Net;
using System.Text.Json;
using Mlops.Build.Integrations.GitHub;
using Mlops.Build.Integrations.Http;

namespace Mlops.Integrations.Tests.GitHub.Contracts;

/// <summary>The client's records read GitHub's real recorded answers (from @octokit/fixtures), not only the simulator's.</summary>
public sealed class GitHubFixtureContractTests
{
    [Fact]
    public void Reads_a_search_answer()
    {
        var fixture = Assert.Single(OctokitFixture.Load("search-issues"));

        var result = Parse<GitHubSearchResult>(fixture);

        Assert.Equal(fixture.Response.GetProperty("total_count").GetInt32(), result.TotalCount);
        Assert.Equal(fixture.Response.GetProperty("items").GetArrayLength(), result.Items.Count);
        Assert.All(result.Items, issue => Assert.False(string.IsNullOrEmpty(issue.HtmlUrl)));
    }

    [Fact]
    public void Reads_a_created_issue()
    {
        var fixture = OctokitFixture.Load("add-labels-to-issue").First(exchange => exchange.Method == "POST" && exchange.Path.EndsWith("/issues", StringComparison.Ordinal));

        var issue = Parse<GitHubIssue>(fixture);

        Assert.Equal(fixture.Response.GetProperty("number").GetInt32(), issue.Number);
        Assert.Equal(IssueState.Open, issue.State);
        Assert.Equal("Issue without a label", issue.Title);
        Assert.False(issue.IsPullRequest);
    }

    [Fact]
    public void Reads_labels_as_listed_and_as_created()
    {
        var fixtures = OctokitFixture.Load("labels");

        var listed = Parse<List<GitHubLabel>>(fixtures.First(exchange => exchange.Method == "GET"));
        var created = Parse<GitHubLabel>(fixtures.First(exchange => exchange.Method == "POST"));

        Assert.Contains(listed, label => label.Name == "bug" && label.Color == "d73a4a");
        Assert.Equal(new GitHubLabel("test-label", "663399", null), created);
    }

    [Fact]
    public void Reads_a_created_commit_status()
    {
        var fixture = OctokitFixture.Load("create-status")[0];

        var status = Parse<GitHubCommitStatus>(fixture);

        Assert.Equal(fixture.Response.GetProperty("state").GetString(), status.State.ToString().ToLowerInvariant());
        Assert.Equal(fixture.Response.GetProperty("context").GetString(), status.Context);
    }

    [Fact]
    public async Task Explains_a_real_validation_error_with_its_field_and_code()
    {
        var fixture = Assert.Single(OctokitFixture.Load("errors"));
        var rest = Replaying([fixture]);

        var error = await Assert.ThrowsAsync<ServiceException>(() => rest.SendAsync<GitHubLabel>(HttpMethod.Post, fixture.Path, new NewLabel("foo", "invalid"), default));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Status);
        Assert.Equal(fixture.Path, error.Call.Split(' ')[1]);
        Assert.Contains("Validation Failed (Label.color invalid)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follows_GitHubs_real_link_headers_through_every_page()
    {
        var fixtures = OctokitFixture.Load("paginate-issues");
        var rest = Replaying(fixtures);

        var issues = await rest.GetAllPagesAsync<GitHubIssue>(fixtures[0].Path.TrimStart('/'), default);

        Assert.Equal(fixtures.Sum(page => page.Response.GetArrayLength()), issues.Count);
        Assert.Equal(issues.Count, issues.Select(issue => issue.Number).Distinct().Count());
    }

    private static T Parse<T>(OctokitFixture fixture) =>
        JsonSerializer.Deserialize<T>(fixture.ResponseText, GitHubJson.Options)
        ?? throw new InvalidOperationException($"{fixture.Method} {fixture.Path}: the recorded answer parsed to null.");

    private static GitHubRest Replaying(IReadOnlyList<OctokitFixture> fixtures) =>
        new(new HttpClient(new FixtureReplayHandler(fixtures)) { BaseAddress = GitHubSettings.DefaultApiUrl }, new SecretMasker());
}
