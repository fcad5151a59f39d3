using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.Railway;
using Mlops.Build.Integrations.Smoke;
using Mlops.Simulators.Railway;

namespace Mlops.Integrations.Tests.Deploy;

/// <summary>
/// Deploy's Railway wiring: the simulator plays Railway, and the deployment it reports live is the real published API
/// on loopback, which the verification checks (/health version, then the smoke tests) exactly as it would on Railway.
/// </summary>
[Collection(DeployTestGroup.Name)]
public sealed class RailwayVerificationTests(PublishedApi api) : IAsyncLifetime
{
    private readonly List<string> _log = [];
    private RailwaySimulator _railway = null!;
    private ChildProcess _liveApi = null!;
    private Uri _liveUrl = null!;

    public async Task InitializeAsync()
    {
        _railway = await RailwaySimulator.StartAsync();
        _liveUrl = new Uri($"http://127.0.0.1:{FreePort.Find()}/");
        _liveApi = ApiHost.Start(api.PublishFolder, api.ModelFolder, _liveUrl);
    }

    [Fact]
    public async Task A_deployment_whose_health_and_smoke_tests_pass_goes_live_without_a_rollback()
    {
        var previous = _railway.SeedLiveDeployment("2.3.3");
        _railway.ScriptNextDeployment(RailwayOutcome.Success, PublishedApi.Version, _liveUrl);

        var result = await DeployAsync(SmokeSuites.Good(api.NewFolder()), PublishedApi.Version);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Empty(_railway.Rollbacks);
        Assert.NotEqual(previous.Id, _railway.ActiveDeploymentId);
        Assert.Contains(_log, line => line.Contains("a customer is scored", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deployment_serving_another_version_is_rolled_back()
    {
        var previous = _railway.SeedLiveDeployment("2.3.3");
        _railway.ScriptNextDeployment(RailwayOutcome.Success, "2.4.0", _liveUrl);

        var result = await DeployAsync(SmokeSuites.Good(api.NewFolder()), "2.4.0");

        Assert.Contains($"/health reports model version {PublishedApi.Version}, expected 2.4.0", result.Failure, StringComparison.Ordinal);
        Assert.Equal(previous.Id, result.RestoredDeploymentId);
        Assert.Equal(previous.Id, _railway.ActiveDeploymentId);
    }

    [Fact]
    public async Task A_failing_smoke_test_at_the_public_url_rolls_back_and_names_the_test()
    {
        var previous = _railway.SeedLiveDeployment("2.3.3");
        _railway.ScriptNextDeployment(RailwayOutcome.Success, PublishedApi.Version, _liveUrl);

        var result = await DeployAsync(SmokeSuites.WithBrokenTest(api.NewFolder()), PublishedApi.Version);

        var failure = Assert.Throws<RailwayDeploymentFailedException>(result.ThrowIfFailed);
        Assert.Contains(SmokeSuites.BrokenTestName, failure.Message, StringComparison.Ordinal);
        Assert.Contains($"Rolled back to the previous good deployment {previous.Id}", failure.Message, StringComparison.Ordinal);
        Assert.Equal(previous.Id, _railway.ActiveDeploymentId);
    }

    [Fact]
    public async Task A_failed_build_is_rolled_back_before_anything_is_verified()
    {
        var previous = _railway.SeedLiveDeployment("2.3.3");
        _railway.ScriptNextDeployment(RailwayOutcome.Failed, PublishedApi.Version, _liveUrl);

        var result = await DeployAsync(SmokeSuites.Good(api.NewFolder()), PublishedApi.Version);

        Assert.Contains("Railway reports FAILED", result.Failure, StringComparison.Ordinal);
        Assert.Equal(previous.Id, result.RestoredDeploymentId);
        Assert.DoesNotContain(_log, line => line.Contains("smoke tests", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rate_limited_calls_are_retried_and_the_deployment_still_goes_live()
    {
        _railway.SeedLiveDeployment("2.3.3");
        _railway.ScriptNextDeployment(RailwayOutcome.Success, PublishedApi.Version, _liveUrl);
        _railway.RateLimitNext(2, TimeSpan.FromSeconds(3));

        var result = await DeployAsync(SmokeSuites.Good(api.NewFolder()), PublishedApi.Version);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains(_log, line => line.Contains("429", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        _liveApi.Dispose();
        await _railway.DisposeAsync();
    }

    private async Task<RailwayDeploymentResult> DeployAsync(SmokeTestSuite suite, string version)
    {
        var settings = new RailwaySettings
        {
            ApiUrl = _railway.ApiUrl,
            Token = RailwaySimulator.ProjectToken,
            TokenKind = RailwayTokenKind.Project,
            ServiceId = RailwaySimulator.ServiceId,
            EnvironmentId = RailwaySimulator.EnvironmentId,
        };
        var noWait = new Func<TimeSpan, CancellationToken, Task>((_, _) => Task.CompletedTask);
        using var client = RailwayClient.Create(settings, _log.Add, delay: noWait);
        var options = RailwayDeploymentOptions.From(settings, _log.Add) with { Delay = noWait };
        using var http = new HttpClient();
        var release = new ReleaseToDeploy(DeployModel.PackageId, version, "4f2d9c1", suite);
        return await new RailwayRelease(client, options, http).RunAsync(release, CancellationToken.None);
    }
}
