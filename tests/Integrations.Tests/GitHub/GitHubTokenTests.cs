using System.Net;
using Mlops.Build.Integrations.GitHub;
using Mlops.Build.Integrations.Http;

namespace Mlops.Integrations.Tests.GitHub;

/// <summary>Where the token may go and where it may show: only to GitHub's hosts, never in an error or the log.</summary>
public sealed class GitHubTokenTests
{
    private const string Token = "ghp_tokenThatMustNotLeak0123456789";

    [Fact]
    public async Task Refuses_a_next_page_on_another_host_so_the_token_never_goes_there()
    {
        var handler = new StubHandler(_ =>
        {
            var response = Json(HttpStatusCode.OK, "[]");
            response.Headers.TryAddWithoutValidation("Link", "<https://collector.example/issues?page=2>; rel=\"next\"");
            return response;
        });

        var error = await Assert.ThrowsAsync<ServiceException>(() => Client(handler, []).ListIssuesAsync(new IssueQuery()));

        Assert.Contains("collector.example", error.Message, StringComparison.Ordinal);
        Assert.Equal("api.github.com", Assert.Single(handler.Requested).Host);
    }

    [Fact]
    public async Task A_token_echoed_in_an_answer_is_masked_in_the_error_and_in_the_retry_log()
    {
        var log = new List<string>();
        var handler = new StubHandler(_ => Json(HttpStatusCode.BadGateway, $$"""{"message":"upstream refused Bearer {{Token}}"}"""));

        var error = await Assert.ThrowsAsync<ServiceException>(() => Client(handler, log).ListIssuesAsync(new IssueQuery()));

        Assert.Contains("upstream refused Bearer ***", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(log);
        Assert.All(log, line => Assert.DoesNotContain(Token, line, StringComparison.Ordinal));
    }

    private static OctokitGitHubClient Client(HttpMessageHandler transport, List<string> log) =>
        GitHubClientFactory.CreateRest(
            GitHubSettings.Create(Token, "o/r", GitHubSettings.DefaultApiUrl), log.Add, onGitHubActions: false, new SecretMasker(), null, (_, _) => Task.CompletedTask, transport);

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
}
