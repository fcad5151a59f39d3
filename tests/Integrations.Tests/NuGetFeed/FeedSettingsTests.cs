using Mlops.Build;
using Mlops.Build.Integrations.Http;
using Mlops.Build.Integrations.NuGetFeed;

namespace Mlops.Integrations.Tests.NuGetFeed;

public sealed class FeedSettingsTests
{
    private static readonly BuildPaths Paths = new(Path.Combine(Path.GetTempPath(), "repo"));

    [Fact]
    public void WithoutASettingTheFeedIsTheFolderAtTheRepositoryRoot()
    {
        var settings = FeedSettings.Resolve(feedUrl: null, apiKey: null, Paths.Root, Paths.Feed);

        Assert.True(settings.IsFolder);
        Assert.Equal(Path.Combine(Paths.Root, ".feed"), settings.Source);
    }

    [Fact]
    public void AnHttpUrlIsAV3FeedAndItsKeyIsMasked()
    {
        var masker = new SecretMasker();
        var settings = FeedSettings.Http(new Uri("https://nuget.pkg.github.com/example/index.json"), "ghp_secret123", masker);

        Assert.False(settings.IsFolder);
        Assert.Equal("ghp_secret123", settings.ApiKey);
        Assert.Equal("key ***", masker.Apply("key ghp_secret123"));
    }

    [Fact]
    public void ARelativeFolderIsUnderTheRepositoryRoot()
    {
        var settings = FeedSettings.Resolve("packages/feed", apiKey: null, Paths.Root, Paths.Feed);

        Assert.True(settings.IsFolder);
        Assert.Equal(Path.Combine(Paths.Root, "packages", "feed"), settings.Source);
    }
}
