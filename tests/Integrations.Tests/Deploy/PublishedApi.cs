using Mlops.Build;
using Mlops.Build.Integrations.Deploy;

namespace Mlops.Integrations.Tests.Deploy;

/// <summary>
/// Shared by a test class: the API published once (Release, as Deploy publishes it), a released model version on a
/// folder feed, and a scratch folder; all deleted afterwards.
/// </summary>
public sealed class PublishedApi : IAsyncLifetime
{
    public const string Version = "2.3.4";

    public string Root { get; } = Directory.CreateTempSubdirectory("mlops-deploy-").FullName;

    public string PublishFolder => Path.Combine(Root, "api");

    public string Feed => Path.Combine(Root, "feed");

    public string ModelFolder => Path.Combine(Root, "model");

    public async Task InitializeAsync()
    {
        var project = Path.Combine(BuildPaths.FindFrom(AppContext.BaseDirectory).Root, "api", "Api.csproj");
        await ApiPublisher.PublishAsync(project, PublishFolder, "Release", CancellationToken.None);
        DeployModel.WriteFolder(ModelFolder, Version);
        DeployModel.PublishTo(Feed, ModelFolder, Version);
    }

    /// <summary>Fills a folder feed with the fixture's version and <paramref name="version"/>, a model of its own.</summary>
    public void PublishAnotherVersion(string feed, string version)
    {
        var model = Path.Combine(NewFolder(), "model");
        DeployModel.WriteFolder(model, version);
        DeployModel.PublishTo(feed, model, version);
        DeployModel.PublishTo(feed, ModelFolder, Version);
    }

    /// <summary>A fresh folder for one test.</summary>
    public string NewFolder() => Directory.CreateDirectory(Path.Combine(Root, Guid.NewGuid().ToString("N"))).FullName;

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }
}
