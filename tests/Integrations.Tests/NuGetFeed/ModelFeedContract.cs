using Mlops.Build.Integrations.NuGetFeed;
using NuGet.Versioning;

namespace Mlops.Integrations.Tests.NuGetFeed;

/// <summary>What the build relies on from the registry, run against every kind of feed.</summary>
public abstract class ModelFeedContract : IAsyncLifetime
{
    private NuGetModelFeed? _feed;

    internal TempFolder Work { get; } = new();

    internal NuGetModelFeed Feed => _feed ?? throw new InvalidOperationException("The feed is created in InitializeAsync.");

    public async Task InitializeAsync() => _feed = await CreateFeedAsync();

    public virtual Task DisposeAsync()
    {
        _feed?.Dispose();
        Work.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task NoChampionOnAnEmptyFeed() =>
        Assert.Null(await Feed.FindChampionAsync(TestPackages.Id, NuGetVersion.Parse("1.0.0")));

    [Fact]
    public async Task TheOnlyStableVersionBelowTheBuildIsTheChampion()
    {
        await PushAsync("1.0.0");

        Assert.Equal(NuGetVersion.Parse("1.0.0"), await Feed.FindChampionAsync(TestPackages.Id, NuGetVersion.Parse("1.1.0")));
    }

    [Fact]
    public async Task TheChampionIsTheHighestStableVersionStrictlyBelowTheBuild()
    {
        foreach (var version in new[] { "1.0.0", "1.1.0", "1.2.0-beta.1", "2.0.0", "2.1.0" })
        {
            await PushAsync(version);
        }

        Assert.Equal(NuGetVersion.Parse("1.1.0"), await Feed.FindChampionAsync(TestPackages.Id, NuGetVersion.Parse("2.0.0")));
        Assert.Equal(NuGetVersion.Parse("1.1.0"), await Feed.FindChampionAsync(TestPackages.Id, NuGetVersion.Parse("1.2.0")));
        Assert.Equal(NuGetVersion.Parse("2.1.0"), await Feed.FindChampionAsync(TestPackages.Id, NuGetVersion.Parse("3.0.0-rc.1")));
        Assert.Null(await Feed.FindChampionAsync(TestPackages.Id, NuGetVersion.Parse("1.0.0")));
    }

    [Fact]
    public async Task APushedVersionIsListed()
    {
        var result = await Feed.PushAsync(TestPackages.Build(Work.Path, "1.2.3"));

        Assert.Equal(PushOutcome.Published, result.Outcome);
        Assert.Equal([NuGetVersion.Parse("1.2.3")], await Feed.ListVersionsAsync(TestPackages.Id));
        Assert.Empty(await Feed.ListVersionsAsync("Some.Other.Package"));
    }

    [Fact]
    public async Task PushingTheSameContentAgainIsANoOpThatSaysSo()
    {
        var first = TestPackages.Build(Work.Path, "1.0.0");
        var repacked = TestPackages.Repack(first);
        Assert.NotEqual(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(repacked));
        await Feed.PushAsync(first);

        var result = await Feed.PushAsync(repacked);

        Assert.Equal(PushOutcome.AlreadyPublished, result.Outcome);
        Assert.Contains("already on", result.Message, StringComparison.Ordinal);
        Assert.Contains("same content", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushingDifferentContentUnderAPublishedVersionFailsAndKeepsThePublishedPackage()
    {
        await Feed.PushAsync(TestPackages.Build(Work.Path, "1.0.0", booster: "booster-a"));

        var error = await Assert.ThrowsAsync<PackageVersionConflictException>(
            () => Feed.PushAsync(TestPackages.Build(Work.Path, "1.0.0", booster: "booster-b")));

        Assert.Contains("bump version.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("model/booster.json", error.Message, StringComparison.Ordinal);
        var kept = await Feed.DownloadAsync(TestPackages.Id, NuGetVersion.Parse("1.0.0"), Work.Combine("kept"));
        Assert.Equal("booster-a", await File.ReadAllTextAsync(Path.Combine(kept.ContentFolder, "model", "booster.json")));
    }

    [Fact]
    public async Task ADownloadedPackageGivesItsFilesAndModelCard()
    {
        await Feed.PushAsync(TestPackages.Build(Work.Path, "1.0.0", booster: "the booster", commit: "feedbeef", f1: 0.77));

        var package = await Feed.DownloadAsync(TestPackages.Id, NuGetVersion.Parse("1.0.0"), Work.Combine("download"));

        Assert.True(File.Exists(package.NupkgPath));
        Assert.Equal("the booster", await File.ReadAllTextAsync(Path.Combine(package.ContentFolder, "model", "booster.json")));
        Assert.NotNull(package.Card);
        Assert.Equal("feedbeef", package.Card.Commit);
        Assert.Equal(0.77, package.Card.Metrics["f1"]);
    }

    [Fact]
    public async Task DownloadingAMissingVersionNamesIt()
    {
        var error = await Assert.ThrowsAsync<FileNotFoundException>(
            () => Feed.DownloadAsync(TestPackages.Id, NuGetVersion.Parse("9.9.9"), Work.Combine("missing")));

        Assert.Contains($"{TestPackages.Id} 9.9.9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRegistryShowsEveryVersionNewestFirstWithDateCommitAndMetrics()
    {
        await Feed.PushAsync(TestPackages.Build(Work.Path, "1.0.0", commit: "aaaa1111", f1: 0.70));
        await Feed.PushAsync(TestPackages.Build(Work.Path, "1.1.0", commit: "bbbb2222", f1: 0.75));

        var models = await Feed.ListModelsAsync(TestPackages.Id);

        Assert.Equal(["1.1.0", "1.0.0"], models.Select(m => m.Version.ToNormalizedString()));
        Assert.Equal(["bbbb2222", "aaaa1111"], models.Select(m => m.Commit));
        Assert.Equal([0.75, 0.70], models.Select(m => m.Metrics["f1"]));
        Assert.All(models, m => Assert.Equal(new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero), m.PublishedAt));
    }

    [Fact]
    public async Task TheRegistryFallsBackToTheNuspecCommitWhenTheCardHasNone()
    {
        await Feed.PushAsync(TestPackages.Build(Work.Path, "1.0.0", commit: "cafe0001", commitInCard: false));

        var model = Assert.Single(await Feed.ListModelsAsync(TestPackages.Id));

        Assert.Equal("cafe0001", model.Commit);
        Assert.Equal(0.81, model.Metrics["f1"]);
    }

    internal abstract Task<NuGetModelFeed> CreateFeedAsync();

    private Task<PushResult> PushAsync(string version) => Feed.PushAsync(TestPackages.Build(Work.Path, version));
}
