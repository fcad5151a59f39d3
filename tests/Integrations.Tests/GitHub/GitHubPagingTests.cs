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
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("[]") };
            response.Headers.TryAddWithoutValidation("Link", "<https://collector.example/issues?page=2>; rel=\"next\"");
            return response;
        });
        var rest = new GitHubRest(new HttpClient(handler) { BaseAddress = GitHubSettings.DefaultApiUrl }, new SecretMasker());

        var error = await Assert.ThrowsAsync<ServiceException>(() => rest.GetAllPagesAsync<GitHubIssue>("repos/o/r/issues", default));

        Assert.Contains("collector.example", error.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requested);
    }

    [Fact]
    public void Reads_only_the_next_relation_of_a_link_header()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.TryAddWithoutValidation("Link", "<https://api.github.com/r?page=1>; rel=\"prev\", <https://api.github.com/r?page=3>; rel=\"next\", <https://api.github.com/r?page=9>; rel=\"last\"");

        Assert.Equal(new Uri("https://api.github.com/r?page=3"), LinkHeader.Next(response));
    }
}
