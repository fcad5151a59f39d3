using System.Net;
using Mlops.Api.Tests.Fixtures;

namespace Mlops.Api.Tests.Endpoints;

public sealed class HealthEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Health_reports_the_served_model_version()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal(TestModel.Version, body.GetProperty("modelVersion").GetString());
    }

    [Fact]
    public async Task Ready_is_200_once_the_model_is_loaded_and_verified()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal(TestModel.Version, body.GetProperty("modelVersion").GetString());
    }
}
