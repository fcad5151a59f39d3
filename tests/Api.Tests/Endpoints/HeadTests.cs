using System.Net;
using Mlops.Api.Tests.Fixtures;

namespace Mlops.Api.Tests.Endpoints;

/// <summary>HEAD answers wherever GET does: load balancers and uptime checks probe with it. Real Kestrel, which drops HEAD bodies.</summary>
public sealed class HeadTests : IDisposable
{
    private readonly KestrelApiFactory factory = new(TestModel.Directory);

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("/health")]
    [InlineData("/ready")]
    [InlineData("/model")]
    [InlineData("/")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/dashboard.js")]
    public async Task Head_is_200_without_a_body_where_get_is_200(string path)
    {
        using var client = new HttpClient { BaseAddress = factory.Address };
        using var get = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
