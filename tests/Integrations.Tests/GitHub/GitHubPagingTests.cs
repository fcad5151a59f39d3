using System.Net;
using Mlops.Build.Integrations.GitHub;
using Mlops.Build.Integrations.Http;

namespace Mlops.Integrations.Tests.GitHub;

public sealed class GitHubPagingTests
{
    [Fact]
    public async Task Refuses_a_next_page_on_another_host_so_the_token_never_goes_there()
    {
        var handler = new StubHandler(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("[]", System.Text.Encoding.UTF8, "application/json") };
            response.Headers.TryAddWithoutValidation("Link", "<https://collector.example/issues?page=2>; rel=\"next\"");
            return response;
        });
        var client = GitHubClientFactory.CreateRest(
            GitHubSettings.Create("ghp_secret", "o/r", GitHubSettings.DefaultApiUrl), _ => { }, false, new SecretMasker(), null, (_, _) => Task.CompletedTask, handler);

        var error = await Assert.ThrowsAsync<ServiceException>(() => client.ListIssuesAsync(new IssueQuery()));

        Assert.Contains("collector.example", error.Message, StringComparison.Ordinal);
        Assert.Equal("api.github.com", Assert.Single(handler.Requested).Host);
    }
}
