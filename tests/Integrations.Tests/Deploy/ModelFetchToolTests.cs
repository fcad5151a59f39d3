using Mlops.Build;
using Mlops.Build.Integrations.Deploy;
using Mlops.Model;
using Mlops.Simulators.NuGet;
using Mlops.Tools.ModelFetch;

namespace Mlops.Integrations.Tests.Deploy;

/// <summary>
/// The image's model-fetch step (api/Dockerfile runs tools/ModelFetch with the MODEL_ID and MODEL_VERSION build
/// arguments), run here outside Docker against a folder feed and an HTTP feed that wants its key even to read.
/// </summary>
[Collection(DeployTestGroup.Name)]
public sealed class ModelFetchToolTests(PublishedApi api) : IDisposable
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    [Fact]
    public async Task The_version_asked_for_comes_from_a_folder_feed_file_for_file()
    {
        var folder = Path.Combine(api.NewFolder(), "model");

        var exit = await FetchAsync([DeployModel.PackageId, PublishedApi.Version, folder], api.Feed, apiKey: null);

        Assert.Equal(0, exit);
        AssertSameModelFiles(folder);
        Assert.Contains($"{DeployModel.PackageId} {PublishedApi.Version}", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_version_asked_for_comes_from_an_HTTP_feed_that_wants_its_key_to_read()
    {
        await using var feed = await HttpFeedAsync();
        var folder = Path.Combine(api.NewFolder(), "model");

        var exit = await FetchAsync([DeployModel.PackageId, PublishedApi.Version, folder], feed.ServiceIndexUri.AbsoluteUri, feed.ApiKey);

        Assert.Equal(0, exit);
        AssertSameModelFiles(folder);
    }

    [Fact]
    public async Task A_wrong_key_fails_the_build_saying_so_without_printing_the_key()
    {
        const string WrongKey = "wrong-key-7d1e9a";
        await using var feed = await HttpFeedAsync();

        var exit = await FetchAsync([DeployModel.PackageId, PublishedApi.Version, Path.Combine(api.NewFolder(), "model")], feed.ServiceIndexUri.AbsoluteUri, WrongKey);

        Assert.Equal(1, exit);
        Assert.Contains($"Could not fetch {DeployModel.PackageId} {PublishedApi.Version}", _error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(WrongKey, _error.ToString() + _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_missing_from_the_feed_fails_naming_the_versions_there()
    {
        var exit = await FetchAsync([DeployModel.PackageId, "7.0.0", Path.Combine(api.NewFolder(), "model")], api.Feed, apiKey: null);

        Assert.Equal(1, exit);
        Assert.Contains($"The feed holds {PublishedApi.Version}", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_without_the_model_version_fails_naming_the_variable_to_set()
    {
        // Docker passes an ARG that nobody set as an empty string.
        var exit = await FetchAsync([DeployModel.PackageId, string.Empty, "/model"], api.Feed, apiKey: null);

        Assert.Equal(2, exit);
        Assert.Contains(ModelImage.ModelVersionVariable, _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_without_a_feed_fails_naming_the_setting()
    {
        var exit = await FetchAsync([DeployModel.PackageId, PublishedApi.Version, "/model"], feedUrl: null, apiKey: null);

        Assert.Equal(2, exit);
        Assert.Contains($"{EnvironmentNames.NuGetFeedUrl} is not set", _error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
    }

    private async Task<NuGetFeedSimulator> HttpFeedAsync()
    {
        var feed = await NuGetFeedSimulator.StartAsync();
        feed.RequireKeyToRead = true;
        feed.Seed(await File.ReadAllBytesAsync(Path.Combine(api.Feed, $"{DeployModel.PackageId}.{PublishedApi.Version}.nupkg".ToLowerInvariant())));
        return feed;
    }

    private Task<int> FetchAsync(string[] args, string? feedUrl, string? apiKey)
    {
        var environment = new Dictionary<string, string?> { [EnvironmentNames.NuGetFeedUrl] = feedUrl, [EnvironmentNames.NuGetApiKey] = apiKey };
        return ModelFetchTool.RunAsync(args, name => environment.GetValueOrDefault(name), _output, _error, CancellationToken.None);
    }

    private void AssertSameModelFiles(string folder)
    {
        foreach (var name in ModelFiles.All)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(api.ModelFolder, name)), File.ReadAllBytes(Path.Combine(folder, name)));
        }
    }
}
