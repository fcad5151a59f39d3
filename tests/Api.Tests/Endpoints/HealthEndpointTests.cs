using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
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

    [Fact]
    public async Task While_the_app_drains_on_shutdown_ready_is_503_and_health_still_200()
    {
        // Its own app (stopping the class's shared one would fail the other tests), with a drain long enough to ask twice.
        await using var stopping = new ModelApiFactory(TestModel.Directory, new Dictionary<string, string> { ["Api:ShutdownDrainSeconds"] = "5" });
        var client = stopping.CreateClient();

        stopping.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        using var ready = await client.GetAsync(new Uri("/ready", UriKind.Relative));
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("shutting down", (await ready.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        // Draining is expected, not a failure: the 503 says it, the log need not repeat it at error level.
        Assert.Empty(stopping.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Message));
    }
}
