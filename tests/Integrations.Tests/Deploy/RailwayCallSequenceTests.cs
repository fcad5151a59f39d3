using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Integrations.Tests.Railway;
using Mlops.Simulators.Railway;
using Xunit.Abstractions;

namespace Mlops.Integrations.Tests.Deploy;

/// <summary>
/// The Railway calls of a deploy, a promotion, a rollback and a retrain's redeploy, in order, as the simulators (one
/// per environment) recorded them; the live deployments answer with the real published API on loopback.
/// </summary>
[Collection(DeployTestGroup.Name)]
public sealed class RailwayCallSequenceTests(PublishedApi api, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Commit = "4f2d9c1";
    private const string Previous = "2.3.3";
    private static readonly string[] DeployCalls = ["projectToken", "variables", "variableCollectionUpsert", "serviceInstanceDeployV2", "deployment"];

    private readonly List<string> _log = [];
    private readonly List<NuGetModelFeed> _feeds = [];
    private readonly string _feed = api.NewFolder();
    private RailwaySimulator _staging = null!;
    private RailwaySimulator _production = null!;
    private ChildProcess _liveApi = null!;
    private Uri _liveUrl = null!;

    public async Task InitializeAsync()
    {
        _staging = await RailwaySimulator.StartAsync();
        _production = await RailwaySimulator.StartAsync();
        _liveUrl = new Uri($"http://127.0.0.1:{FreePort.Find()}/");
        _liveApi = ApiHost.Start(api.PublishFolder, api.ModelFolder, _liveUrl);
        api.PublishAnotherVersion(_feed, Previous);
    }

    [Fact]
    public async Task A_deploy_sets_the_version_then_deploys_the_commit_then_waits()
    {
        _production.SeedLiveDeployment(Previous);
        _production.ScriptNextDeployment(RailwayOutcome.Success, publicUrl: _liveUrl);

        await Provider(_production).DeployAsync(PublishedApi.Version, Commit, CancellationToken.None);

        Assert.Equal(DeployCalls, Calls(_production, "deploy"));
        Assert.Equal(0, _production.DeploysByVariableChange);
        Assert.Equal(PublishedApi.Version, _production.Variables[ModelImage.ModelVersionVariable]);
    }

    [Fact]
    public async Task A_promotion_reads_the_version_live_in_staging_and_deploys_it_to_production_only()
    {
        _staging.ScriptNextDeployment(RailwayOutcome.Success, publicUrl: _liveUrl);
        _staging.SeedLiveDeployment(PublishedApi.Version);
        _production.SeedLiveDeployment(Previous);
        _production.ScriptNextDeployment(RailwayOutcome.Success, publicUrl: _liveUrl);

        await Promotion.RunAsync(Provider(_staging, "staging"), Provider(_production), Commit, null, _log.Add, CancellationToken.None);

        Assert.Equal(["projectToken", "deployments", "deployment"], Calls(_staging, "promotion, staging"));
        Assert.Equal(DeployCalls, Calls(_production, "promotion, production"));
        Assert.Equal(PublishedApi.Version, _production.Variables[ModelImage.ModelVersionVariable]);
    }

    [Fact]
    public async Task A_rollback_restores_the_previous_deployment_and_then_its_version_variable()
    {
        _production.SeedLiveDeployment(Previous);
        _production.ScriptNextDeployment(RailwayOutcome.Crashed, publicUrl: _liveUrl);

        await Assert.ThrowsAsync<DeploymentFailedException>(() => Provider(_production).DeployAsync(PublishedApi.Version, Commit, CancellationToken.None));

        Assert.Equal([.. DeployCalls, "deployments", "deploymentRollback", "variableCollectionUpsert"], Calls(_production, "rollback"));
        Assert.Equal(Previous, _production.Variables[ModelImage.ModelVersionVariable]);
    }

    [Fact]
    public async Task A_retrains_redeploy_changes_only_the_version_and_builds_the_same_commit()
    {
        _production.ScriptNextDeployment(RailwayOutcome.Success, publicUrl: _liveUrl);
        _production.SeedLiveDeployment(Previous);
        _production.ScriptNextDeployment(RailwayOutcome.Success, publicUrl: _liveUrl);

        // ModelRetraining deploys the version it published with the commit Monitor runs on, through the same provider.
        await Provider(_production).DeployAsync(PublishedApi.Version, Commit, CancellationToken.None);

        Assert.Equal(DeployCalls, Calls(_production, "retrain"));
        var upsert = _production.Requests.Single(r => r.RootField == "variableCollectionUpsert").VariablesJson;
        Assert.Contains($"\"variables\":{{\"MODEL_ID\":\"{DeployModel.PackageId}\",\"MODEL_VERSION\":\"{PublishedApi.Version}\"}}", upsert, StringComparison.Ordinal);
        Assert.Contains($"\"commitSha\":\"{Commit}\"", _production.Requests.Single(r => r.RootField == "serviceInstanceDeployV2").VariablesJson, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        _liveApi.Dispose();
        _feeds.ForEach(feed => feed.Dispose());
        await _staging.DisposeAsync();
        await _production.DisposeAsync();
    }

    /// <summary>The root fields in order, repeated polls folded into one; the full record goes to the test output.</summary>
    private List<string> Calls(RailwaySimulator simulator, string scenario)
    {
        output.WriteLine($"--- {scenario} ---");
        foreach (var line in simulator.CallLog)
        {
            output.WriteLine(line);
        }

        var calls = simulator.Requests.Select(r => r.RootField).ToList();
        return [.. calls.Where((call, i) => i == 0 || calls[i - 1] != call)];
    }

    private RailwayDeployProvider Provider(RailwaySimulator simulator, string environment = "production")
    {
        var settings = RailwayRig.SettingsFor(simulator);
        var work = api.NewFolder();
        var feed = new NuGetModelFeed(FeedSettings.Folder(_feed));
        _feeds.Add(feed);
        var source = new ReleaseSource(feed, DeployModel.PackageId, SmokeSuites.GoodFile(work), Path.Combine(work, "downloads"), _log.Add);
        return new RailwayDeployProvider(environment, source, settings, work, _log.Add, _log.Add, (_, _) => Task.CompletedTask);
    }
}
