using Mlops.Build.Integrations.Deploy;
using Mlops.Tools.HealthCheck;

namespace Mlops.Integrations.Tests.Deploy;

/// <summary>The image's HEALTHCHECK command against the real API on loopback: healthy once ready, unhealthy with nothing there.</summary>
[Collection(DeployTestGroup.Name)]
public sealed class HealthCheckToolTests(PublishedApi api)
{
    [Fact]
    public async Task A_ready_API_on_PORT_is_healthy_and_an_empty_port_is_not()
    {
        var port = FreePort.Find();
        using var running = ApiHost.Start(api.PublishFolder, api.ModelFolder, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient();
        var health = await new HealthProbe(http, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(60)).WaitAsync(new Uri($"http://127.0.0.1:{port}/"), () => null, CancellationToken.None);
        Assert.Equal(PublishedApi.Version, health.Version);
        using var output = new StringWriter();

        Assert.Equal(0, await ReadinessCheck.RunAsync(port.ToString(System.Globalization.CultureInfo.InvariantCulture), output, CancellationToken.None));
        Assert.Equal(1, await ReadinessCheck.RunAsync(FreePort.Find().ToString(System.Globalization.CultureInfo.InvariantCulture), output, CancellationToken.None));
        Assert.Contains("/ready answered 200", output.ToString(), StringComparison.Ordinal);
    }
}
