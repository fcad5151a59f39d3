using Mlops.Build.Integrations.Http;
using Mlops.Build.Integrations.Railway;
using Mlops.Simulators.Railway;

namespace Mlops.Integrations.Tests.Railway;

public sealed class RailwayClientTests
{
    [Fact]
    public async Task A_rate_limited_call_waits_as_Retry_After_says_and_then_succeeds()
    {
        await using var rig = await RailwayRig.StartAsync();
        rig.Simulator.ScriptNextDeployment(RailwayOutcome.Success);
        rig.Simulator.RateLimitNext(2, TimeSpan.FromSeconds(7));

        var result = await rig.DeployAsync("1.1.0", rig.HealthReports("1.1.0"));

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)], rig.Clock.Waits.Take(2));
        Assert.Contains(rig.Log, line => line.Contains("429 TooManyRequests", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_token_fails_with_Railways_message_naming_the_call_and_never_the_token()
    {
        const string Token = "bad-token-3e1b7c";
        await using var rig = await RailwayRig.StartAsync();
        using var client = rig.WithToken(Token).Client();

        var error = await Assert.ThrowsAsync<ServiceException>(() => client.DeployAsync("4f2d9c1"));

        Assert.Equal("serviceInstanceDeployV2", error.Call);
        Assert.Contains("Not Authorized", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.Message, StringComparison.Ordinal);
        Assert.Equal(SecretMasker.Mask, rig.Masker.Apply(Token));
    }

    [Fact]
    public async Task A_project_token_travels_as_Project_Access_Token_and_tells_the_project_id()
    {
        await using var rig = await RailwayRig.StartAsync(RailwayTokenKind.Project);
        rig.Simulator.SeedLiveDeployment("1.0.0");
        using var client = rig.Client();

        var history = await client.GetPastDeploymentsAsync(5);

        Assert.Single(history);
        Assert.All(rig.Simulator.Requests, request =>
        {
            Assert.Equal(RailwaySimulator.ProjectToken, request.ProjectAccessToken);
            Assert.Null(request.Authorization);
        });
        Assert.Equal(["projectToken", "deployments"], rig.Simulator.Requests.Select(r => r.RootField));
        Assert.Contains($"\"projectId\":\"{RailwaySimulator.ProjectId}\"", rig.Simulator.Requests[1].VariablesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_token_travels_as_a_bearer_token()
    {
        await using var rig = await RailwayRig.StartAsync(RailwayTokenKind.Account);
        rig.Simulator.SeedLiveDeployment("1.0.0");
        using var client = rig.Client();

        var history = await client.GetPastDeploymentsAsync(5);

        Assert.Single(history);
        var request = Assert.Single(rig.Simulator.Requests);
        Assert.Equal($"Bearer {RailwaySimulator.AccountToken}", request.Authorization);
        Assert.Null(request.ProjectAccessToken);
    }

    [Fact]
    public async Task An_unknown_deployment_id_is_reported_with_the_call_and_Railways_message()
    {
        await using var rig = await RailwayRig.StartAsync();
        using var client = rig.Client();

        var error = await Assert.ThrowsAsync<ServiceException>(() => client.GetDeploymentAsync("dep-404"));

        Assert.Equal("Railway: deployment failed with 200 OK: Deployment not found", error.Message);
    }

    [Theory]
    [InlineData("api-production.up.railway.app", null, "https://api-production.up.railway.app/")]
    [InlineData("dep-1.up.railway.app", "api.example.com", "https://api.example.com/")]
    [InlineData("http://127.0.0.1:5000/", null, "http://127.0.0.1:5000/")]
    [InlineData(null, null, null)]
    public void The_public_url_prefers_the_static_domain_and_assumes_https_for_bare_hosts(string? url, string? staticUrl, string? expected)
    {
        var deployment = new RailwayDeploymentInfo("dep-1", "SUCCESS", url, staticUrl, DateTimeOffset.UnixEpoch, true);

        Assert.Equal(expected, deployment.PublicUrl?.ToString());
    }
}
