using System.Diagnostics;
using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Model;
using NuGet.Versioning;

namespace Mlops.Integrations.Tests.Deploy;

/// <summary>The local provider for real: the published API as a child process, the model from a folder feed, real smoke tests.</summary>
[Collection(DeployTestGroup.Name)]
public sealed class LocalDeploymentTests(PublishedApi api)
{
    private readonly List<string> _log = [];
    private int _processId;
    private Uri? _url;

    [Fact]
    public async Task The_released_version_from_the_feed_passes_its_smoke_tests_and_is_stopped_afterwards()
    {
        var work = api.NewFolder();
        var model = await FetchReleasedAsync(work, PublishedApi.Version);

        var verdict = await Deployment().RunAsync(api.PublishFolder, model, SmokeSuites.Good(work), PublishedApi.Version, CancellationToken.None);

        Assert.True(verdict.Passed, verdict.Reason);
        Assert.Contains(_log, line => line.Contains("a customer is scored", StringComparison.Ordinal) && line.Contains("pass", StringComparison.Ordinal));
        AssertNothingLeftBehind();
    }

    [Fact]
    public async Task The_model_files_deployed_are_the_ones_in_the_published_package()
    {
        var model = await FetchReleasedAsync(api.NewFolder(), PublishedApi.Version);

        foreach (var name in ModelFiles.All)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(api.ModelFolder, name)), File.ReadAllBytes(Path.Combine(model, name)));
        }
    }

    [Fact]
    public async Task A_failing_smoke_test_fails_the_deployment_naming_the_test_with_the_APIs_log()
    {
        var work = api.NewFolder();
        var model = await FetchReleasedAsync(work, PublishedApi.Version);

        var failure = await Assert.ThrowsAsync<DeploymentFailedException>(() =>
            Deployment().RunAsync(api.PublishFolder, model, SmokeSuites.WithBrokenTest(work), PublishedApi.Version, CancellationToken.None));

        Assert.Contains(SmokeSuites.BrokenTestName, failure.Message, StringComparison.Ordinal);
        Assert.Contains("status 200, expected 418", failure.Message, StringComparison.Ordinal);
        Assert.Contains("--- the API's log ---", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"Serving model {DeployModel.PackageId} version {PublishedApi.Version}", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("a customer is scored", failure.Message, StringComparison.Ordinal);
        AssertNothingLeftBehind();
    }

    [Fact]
    public async Task An_API_reporting_another_version_fails_saying_which_it_reports()
    {
        var work = api.NewFolder();
        var model = await FetchReleasedAsync(work, PublishedApi.Version);

        var failure = await Assert.ThrowsAsync<DeploymentFailedException>(() =>
            Deployment().RunAsync(api.PublishFolder, model, SmokeSuites.Good(work), "9.9.9", CancellationToken.None));

        Assert.Contains($"/health reports model version {PublishedApi.Version}, expected 9.9.9", failure.Message, StringComparison.Ordinal);
        AssertNothingLeftBehind();
    }

    [Fact]
    public async Task An_API_that_cannot_load_its_model_fails_at_once_with_its_exit_code_and_reason()
    {
        var work = api.NewFolder();
        var emptyModelFolder = Directory.CreateDirectory(Path.Combine(work, "model")).FullName;

        var failure = await Assert.ThrowsAsync<DeploymentFailedException>(() =>
            Deployment().RunAsync(api.PublishFolder, emptyModelFolder, SmokeSuites.Good(work), PublishedApi.Version, CancellationToken.None));

        Assert.Contains("the API exited with code 1 before /health answered", failure.Message, StringComparison.Ordinal);
        Assert.Contains("The API cannot start: the model could not be loaded.", failure.Message, StringComparison.Ordinal);
        AssertNothingLeftBehind();
    }

    [Fact]
    public async Task A_version_missing_from_the_feed_is_refused_naming_the_versions_there()
    {
        var failure = await Assert.ThrowsAsync<DeploymentFailedException>(() => FetchReleasedAsync(api.NewFolder(), "7.0.0"));

        Assert.Contains($"{DeployModel.PackageId} 7.0.0 is not on the feed", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"The feed holds {PublishedApi.Version}", failure.Message, StringComparison.Ordinal);
    }

    private async Task<string> FetchReleasedAsync(string work, string version)
    {
        using var feed = new NuGetModelFeed(FeedSettings.Folder(api.Feed));
        var model = Path.Combine(work, "model");
        await ReleasedModel.FetchAsync(feed, DeployModel.PackageId, NuGetVersion.Parse(version), Path.Combine(work, "download"), model, CancellationToken.None);
        return model;
    }

    private LocalDeployment Deployment() => new(new LocalDeploymentOptions
    {
        Verification = new DeploymentVerifierOptions { Log = _log.Add },
        Started = (id, url) => (_processId, _url) = (id, url),
    });

    private void AssertNothingLeftBehind()
    {
        Assert.NotNull(_url);
        Assert.False(IsRunning(_processId), $"the API process {_processId} is still running");
        Assert.False(FreePort.IsListening(_url.Port), $"something still listens at {_url}");
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
