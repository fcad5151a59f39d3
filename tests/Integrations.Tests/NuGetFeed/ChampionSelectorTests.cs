using Mlops.Build.Integrations.NuGetFeed;
using NuGet.Versioning;

namespace Mlops.Integrations.Tests.NuGetFeed;

public sealed class ChampionSelectorTests
{
    [Theory]
    [InlineData("", "1.0.0", null)]
    [InlineData("1.0.0", "1.0.0", null)]
    [InlineData("1.0.0", "1.0.1", "1.0.0")]
    [InlineData("1.0.0,1.1.0-beta,1.1.0-rc.2", "1.2.0", "1.0.0")]
    [InlineData("0.9.0,1.0.0,1.1.0,2.0.0", "1.5.0", "1.1.0")]
    [InlineData("1.0.0,1.1.0", "1.1.0-rc.1", "1.0.0")]
    public void TheChampionIsTheHighestStableVersionBelowTheBuild(string onFeed, string building, string? expected)
    {
        var versions = onFeed.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(NuGetVersion.Parse);

        var champion = ChampionSelector.Select(versions, NuGetVersion.Parse(building));

        Assert.Equal(expected, champion?.ToNormalizedString());
    }
}
