using Mlops.Build.Integrations.NuGetFeed;

namespace Mlops.Integrations.Tests.NuGetFeed;

/// <summary>The registry on a local folder feed, the default <c>.feed/</c>.</summary>
public sealed class FolderFeedTests : ModelFeedContract
{
    [Fact]
    public async Task APushWritesTheV3FolderLayoutAndNoStagingLeftovers()
    {
        await Feed.PushAsync(TestPackages.Build(Work.Path, "1.0.0"));

        var version = Path.Combine(Feed.Settings.Source, "mlops.demo.model", "1.0.0");
        Assert.True(File.Exists(Path.Combine(version, "mlops.demo.model.1.0.0.nupkg")));
        Assert.True(File.Exists(Path.Combine(version, "mlops.demo.model.1.0.0.nupkg.sha512")));
        Assert.True(File.Exists(Path.Combine(version, "mlops.demo.model.nuspec")));
        Assert.Equal([Path.Combine(Feed.Settings.Source, "mlops.demo.model")], Directory.GetDirectories(Feed.Settings.Source));
    }

    [Fact]
    public async Task ABrokenPackageFailsWithItsPathAndLeavesTheFeedAsItWas()
    {
        await Feed.PushAsync(TestPackages.Build(Work.Path, "1.0.0"));
        var before = Directory.GetFileSystemEntries(Feed.Settings.Source, "*", SearchOption.AllDirectories);
        var broken = Work.Combine("broken.nupkg");
        await File.WriteAllTextAsync(broken, "not a zip");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Feed.PushAsync(broken));

        Assert.Contains(broken, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFileSystemEntries(Feed.Settings.Source, "*", SearchOption.AllDirectories));
    }

    internal override Task<NuGetModelFeed> CreateFeedAsync() =>
        Task.FromResult(new NuGetModelFeed(FeedSettings.Folder(Work.Combine("feed"))));
}
