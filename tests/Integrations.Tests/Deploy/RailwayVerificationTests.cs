using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Integrations.Tests.Railway;
using Mlops.Simulators.Railway;

namespace Mlops.Integrations.Tests.Deploy;

/// <summary>
/// The Railway provider: the simulator plays Railway, and the deployment it reports live is the real published API
/// on loopback, which the verification checks (/health version, then the smoke and QC tests) exactly as on Railway.
/// </summary>
[Collection(DeployTestGroup.Name)]
public sealed class RailwayVerificationTests(PublishedApi api) : IAsyncLifetime
{
    private readonly List<string> _log = [];
    private readonly List<string> _summary = [];
    private readonly List<NuGetModelFeed> _feeds = [];
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
        _railway.ScriptNextDeployment(RailwayOutcome.Success, publicUrl: _liveUrl);

        var sentence = await Provider(SmokeSuites.GoodFile(api.NewFolder())).DeployAsync(PublishedApi.Version, "4f2d9c1", CancellationToken.None);

        Assert.Contains($"is live on Railway (production) at {_liveUrl}", sentence, StringComparison.Ordinal);
        Assert.Empty(_railway.Rollbacks);
        Assert.NotEqual(previous.Id, _railway.ActiveDeploymentId);
        Assert.Equal(PublishedApi.Version, _railway.Variables[ModelImage.ModelVersionVariable]);
        Assert.Equal(DeployModel.PackageId, _railway.Variables[ModelImage.ModelIdVariable]);
        Assert.Contains(_log, line => line.Contains("a customer is scored", StringComparison.Ordinal));
        Assert.Contains(_log, line => line.Contains("a typical record is scored", StringComparison.Ordinal) && line.Contains("pass", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deployment_serving_another_version_is_rolled_back_and_the_version_variable_put_back()
    {
        var previous = _railway.SeedLiveDeployment("2.3.3");
        _railway.ScriptNextDeployment(RailwayOutcome.Success, publicUrl: _liveUrl);
        var feed = api.NewFolder();
        api.PublishAnotherVersion(feed, "2.4.0");

        var failure = await Assert.ThrowsAsync<DeploymentFailedException>(() =>
            Provider(SmokeSuites.GoodFile(api.NewFolder()), feed).DeployAsync("2.4.0", "4f2d9c1", CancellationToken.None));

        Assert.Contains($"/health reports model version {PublishedApi.Version}, expected 2.4.0", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"Rolled back to the previous good deployment {previous.Id}", failure.Message, StringComparison.Ordinal);
        Assert.Equal(previous.Id, _railway.ActiveDeploymentId);
        Assert.Equal("2.3.3", _railway.Variables[ModelImage.ModelVersionVariable]);
    }

    [Fact]
    public async Task A_failing_QC_test_at_the_public_url_rolls_back_and_names_the_test_and_its_file()
    {
        var previous = _railway.SeedLiveDeployment("2.3.3");
        _railway.ScriptNextDeployment(RailwayOutcome.Success, publicUrl: _liveUrl);
        var qcFile = SmokeSuites.BrokenFile(api.NewFolder());

        var failure = await Assert.ThrowsAsync<DeploymentFailedException>(() =>
            Provider(qcFile).DeployAsync(PublishedApi.Version, "4f2d9c1", CancellationToken.None));

        Assert.Contains($"'{SmokeSuites.BrokenTestName}' ({qcFile})", failure.Message, StringComparison.Ordinal);
        Assert.Contains("edit that file", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"Rolled back to the previous good deployment {previous.Id}", failure.Message, StringComparison.Ordinal);
        Assert.Equal(previous.Id, _railway.ActiveDeploymentId);
        Assert.Contains(_summary, line => line.Contains("failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_build_is_rolled_back_before_anything_is_verified()
    {
        var previous = _railway.SeedLiveDeployment("2.3.3");
        _railway.ScriptNextDeployment(RailwayOutcome.Failed, publicUrl: _liveUrl);

        var failure = await Assert.ThrowsAsync<DeploymentFailedException>(() =>
            Provider(SmokeSuites.GoodFile(api.NewFolder())).DeployAsync(PublishedApi.Version, "4f2d9c1", CancellationToken.None));

        Assert.Contains("Railway reports FAILED", failure.Message, StringComparison.Ordinal);
        Assert.Equal(previous.Id, _railway.ActiveDeploymentId);
        Assert.DoesNotContain(_log, line => line.Contains("smoke tests", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rate_limited_calls_are_retried_and_the_deployment_still_goes_live()
    {
        _railway.SeedLiveDeployment("2.3.3");
        _railway.ScriptNextDeployment(RailwayOutcome.Success, publicUrl: _liveUrl);
        _railway.RateLimitNext(2, TimeSpan.FromSeconds(3));

        await Provider(SmokeSuites.GoodFile(api.NewFolder())).DeployAsync(PublishedApi.Version, "4f2d9c1", CancellationToken.None);

        Assert.Contains(_log, line => line.Contains("429", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_verified_version_is_what_the_live_deployment_reports()
    {
        _railway.ScriptNextDeployment(RailwayOutcome.Success, publicUrl: _liveUrl);
        _railway.SeedLiveDeployment(PublishedApi.Version);

        Assert.Equal(PublishedApi.Version, await Provider(SmokeSuites.GoodFile(api.NewFolder())).VerifiedVersionAsync(CancellationToken.None));
    }

    public async Task DisposeAsync()
    {
        _liveApi.Dispose();
        _feeds.ForEach(feed => feed.Dispose());
        await _railway.DisposeAsync();
    }

    private RailwayDeployProvider Provider(string qcFile, string? feedFolder = null)
    {
        var settings = RailwayRig.SettingsFor(_railway);
        var work = api.NewFolder();
        var feed = new NuGetModelFeed(FeedSettings.Folder(feedFolder ?? api.Feed));
        _feeds.Add(feed);
        var source = new ReleaseSource(feed, DeployModel.PackageId, qcFile, Path.Combine(work, "downloads"), _log.Add);
        return new RailwayDeployProvider("production", source, settings, work, _log.Add, _summary.Add, (_, _) => Task.CompletedTask);
    }
}
