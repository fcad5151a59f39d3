using Mlops.Build.Integrations.Railway;
using Mlops.Simulators.Railway;

namespace Mlops.Integrations.Tests.Railway;

public sealed class RailwayDeploymentTests
{
    [Fact]
    public async Task A_healthy_deployment_goes_live_without_a_rollback()
    {
        await using var rig = await RailwayRig.StartAsync();
        rig.Simulator.SeedLiveDeployment("1.0.0");
        rig.Simulator.ScriptNextDeployment(RailwayOutcome.Success);

        var result = await rig.DeployAsync("1.1.0", rig.HealthReports("1.1.0"));

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(result.DeploymentId, rig.Simulator.ActiveDeploymentId);
        Assert.Empty(rig.Simulator.Rollbacks);
        Assert.Equal(rig.Simulator.Deployment(result.DeploymentId)!.PublicUrl, result.PublicUrl);
    }

    [Fact]
    public async Task Each_status_change_is_reported_once_and_polls_wait_the_interval()
    {
        await using var rig = await RailwayRig.StartAsync();
        rig.Simulator.ScriptNextDeployment(RailwayOutcome.Success);

        await rig.DeployAsync("1.1.0", rig.HealthReports("1.1.0"));

        var statuses = rig.Log.Where(line => line.Contains(" is ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["QUEUED", "BUILDING", "DEPLOYING", "SUCCESS"], statuses.Select(line => line.Split(" is ")[1].TrimEnd('.')));
        Assert.All(rig.Clock.Waits, wait => Assert.Equal(RailwaySettings.DefaultPollInterval, wait));
    }

    [Theory]
    [InlineData(RailwayOutcome.Failed, "FAILED")]
    [InlineData(RailwayOutcome.Crashed, "CRASHED")]
    public async Task A_failed_or_crashed_deployment_rolls_back_to_the_previous_good_one(RailwayOutcome outcome, string status)
    {
        await using var rig = await RailwayRig.StartAsync();
        var previous = rig.Simulator.SeedLiveDeployment("1.0.0");
        rig.Simulator.ScriptNextDeployment(outcome);

        var result = await rig.DeployAsync("1.1.0", rig.HealthReports("1.1.0"));

        Assert.False(result.Succeeded);
        Assert.Contains(status, result.Failure, StringComparison.Ordinal);
        Assert.Equal(previous.Id, result.RestoredDeploymentId);
        Assert.Equal([previous.Id], rig.Simulator.Rollbacks);
        Assert.Equal(previous.Id, rig.Simulator.ActiveDeploymentId);
    }

    [Fact]
    public async Task A_deployment_reporting_the_wrong_version_is_replaced_by_the_one_it_superseded()
    {
        await using var rig = await RailwayRig.StartAsync();
        var previous = rig.Simulator.SeedLiveDeployment("1.0.0");
        rig.Simulator.ScriptNextDeployment(RailwayOutcome.Success, "1.0.9");

        var result = await rig.DeployAsync("1.1.0", rig.HealthReports("1.1.0"));

        Assert.Contains("/health reports version 1.0.9, expected 1.1.0", result.Failure, StringComparison.Ordinal);
        Assert.Equal(previous.Id, result.RestoredDeploymentId);
        Assert.Equal(previous.Id, rig.Simulator.ActiveDeploymentId);
        Assert.Equal("REMOVED", rig.Simulator.Deployment(result.DeploymentId)!.Status);
    }

    [Fact]
    public async Task A_failing_smoke_test_rolls_back_and_the_message_says_what_failed_and_what_was_restored()
    {
        await using var rig = await RailwayRig.StartAsync();
        var previous = rig.Simulator.SeedLiveDeployment("1.0.0");
        rig.Simulator.ScriptNextDeployment(RailwayOutcome.Success);

        var result = await rig.DeployAsync("1.1.0", (_, _) => Task.FromResult(VerificationResult.Fail("smoke test 'predict-positive' answered 500")));

        var failure = Assert.Throws<RailwayDeploymentFailedException>(result.ThrowIfFailed);
        Assert.Contains("smoke test 'predict-positive' answered 500", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"Rolled back to the previous good deployment {previous.Id}", failure.Message, StringComparison.Ordinal);
        Assert.Equal(previous.Id, rig.Simulator.ActiveDeploymentId);
    }

    [Fact]
    public async Task An_unreachable_deployment_counts_as_a_failed_verification_and_is_rolled_back()
    {
        await using var rig = await RailwayRig.StartAsync();
        var previous = rig.Simulator.SeedLiveDeployment("1.0.0");
        rig.Simulator.ScriptNextDeployment(RailwayOutcome.Success, publicUrl: new Uri("http://127.0.0.1:1/"));

        var result = await rig.DeployAsync("1.1.0", rig.HealthReports("1.1.0"));

        Assert.StartsWith("verification at http://127.0.0.1:1/ failed", result.Failure, StringComparison.Ordinal);
        Assert.Equal(previous.Id, result.RestoredDeploymentId);
    }

    [Fact]
    public async Task A_deployment_that_never_finishes_times_out_and_rolls_back()
    {
        await using var rig = await RailwayRig.StartAsync();
        var previous = rig.Simulator.SeedLiveDeployment("1.0.0");
        rig.Simulator.ScriptNextDeployment(RailwayOutcome.Stuck);

        var result = await rig.DeployAsync("1.1.0", rig.HealthReports("1.1.0"), timeout: TimeSpan.FromMinutes(2));

        Assert.Contains("still BUILDING after 120 s", result.Failure, StringComparison.Ordinal);
        Assert.Equal(previous.Id, result.RestoredDeploymentId);
        Assert.True(rig.Clock.Waits.Sum(w => w.TotalSeconds) <= 120, "the deploy waited past its bound");
    }

    [Fact]
    public async Task The_first_deployment_of_a_service_fails_saying_nothing_could_be_restored()
    {
        await using var rig = await RailwayRig.StartAsync();
        rig.Simulator.ScriptNextDeployment(RailwayOutcome.Failed);

        var result = await rig.DeployAsync("1.1.0", rig.HealthReports("1.1.0"));

        Assert.Null(result.RestoredDeploymentId);
        Assert.Contains("Nothing was restored", result.Describe(), StringComparison.Ordinal);
        Assert.Empty(rig.Simulator.Rollbacks);
    }

    [Fact]
    public async Task A_rollback_never_goes_to_a_deployment_that_failed_before()
    {
        await using var rig = await RailwayRig.StartAsync();
        var good = rig.Simulator.SeedLiveDeployment("1.0.0");
        rig.Simulator.ScriptNextDeployment(RailwayOutcome.Failed);
        await rig.DeployAsync("1.0.5", rig.HealthReports("1.0.5"));
        rig.Simulator.ScriptNextDeployment(RailwayOutcome.Crashed);

        var result = await rig.DeployAsync("1.1.0", rig.HealthReports("1.1.0"));

        Assert.Equal(good.Id, result.RestoredDeploymentId);
    }

    [Fact]
    public async Task The_model_version_is_set_without_a_deploy_of_its_own_before_the_commit_is_deployed()
    {
        await using var rig = await RailwayRig.StartAsync();
        rig.Simulator.SeedLiveDeployment("1.0.0");

        var result = await rig.DeployAsync("1.1.0", rig.HealthReports("1.1.0"));

        Assert.True(result.Succeeded, result.Describe());
        var calls = rig.Simulator.Requests.Select(r => r.RootField).ToList();
        Assert.Equal(["projectToken", "variables", "variableCollectionUpsert", "serviceInstanceDeployV2"], calls.Take(4));
        Assert.Contains("\"skipDeploys\":true", rig.Simulator.Requests[2].VariablesJson, StringComparison.Ordinal);
        Assert.Contains("\"MODEL_VERSION\":\"1.1.0\"", rig.Simulator.Requests[2].VariablesJson, StringComparison.Ordinal);
        Assert.Equal(0, rig.Simulator.DeploysByVariableChange);
        Assert.Equal("1.1.0", rig.Simulator.Deployment(result.DeploymentId)!.Version);
        Assert.Equal("1.1.0", rig.Simulator.Variables["MODEL_VERSION"]);
    }

    [Fact]
    public async Task A_rejected_deployment_puts_the_model_version_back_after_the_rollback()
    {
        await using var rig = await RailwayRig.StartAsync();
        var previous = rig.Simulator.SeedLiveDeployment("1.0.0");
        rig.Simulator.ScriptNextDeployment(RailwayOutcome.Crashed);

        var result = await rig.DeployAsync("1.1.0", rig.HealthReports("1.1.0"));

        Assert.Equal(previous.Id, result.RestoredDeploymentId);
        Assert.Equal("1.0.0", rig.Simulator.Variables["MODEL_VERSION"]);
        var calls = rig.Simulator.Requests.Select(r => r.RootField).ToList();
        Assert.True(calls.IndexOf("deploymentRollback") < calls.LastIndexOf("variableCollectionUpsert"), string.Join(", ", calls));
        Assert.Contains("variables are back to MODEL_VERSION=1.0.0", result.Describe(), StringComparison.Ordinal);
    }
}
