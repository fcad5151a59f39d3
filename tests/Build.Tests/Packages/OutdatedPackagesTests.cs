using Mlops.Build.Integrations.Packages;
using NuGet.Configuration;
using NuGet.Packaging;
using NuGet.Versioning;

namespace Mlops.Build.Tests.Packages;

public sealed class OutdatedPackagesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("outdated-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reads_every_pinned_version_and_expands_version_properties()
    {
        var props = Path.Combine(_folder, "Directory.Packages.props");
        File.WriteAllText(props, """
            <Project>
              <PropertyGroup><ToolVersion>7.0.0</ToolVersion></PropertyGroup>
              <ItemGroup>
                <PackageVersion Include="Zeta" Version="1.0.0" />
                <PackageVersion Include="Alpha" Version="$(ToolVersion)" />
              </ItemGroup>
            </Project>
            """);

        var pinned = CentralPackageVersions.Read(props);

        Assert.Equal([new PinnedPackage("Alpha", "7.0.0"), new PinnedPackage("Zeta", "1.0.0")], pinned);
    }

    [Fact]
    public async Task Finds_the_newest_stable_version_ignoring_prereleases()
    {
        var feed = Directory.CreateDirectory(Path.Combine(_folder, "feed")).FullName;
        foreach (var version in new[] { "1.0.0", "1.2.0", "2.0.0-beta.1" })
        {
            WritePackage(feed, "Acme.Lib", version);
        }

        WritePackage(feed, "Acme.Current", "3.1.0");

        var rows = await OutdatedPackages.CheckAsync(
            [new PinnedPackage("Acme.Lib", "1.0.0"), new PinnedPackage("Acme.Current", "3.1.0"), new PinnedPackage("Acme.Gone", "1.0.0")],
            [new PackageSource(feed)],
            CancellationToken.None);

        Assert.Equal(new PackageFreshness("Acme.Lib", "1.0.0", "1.2.0"), rows[0]);
        Assert.True(rows[0].IsOutdated);
        Assert.False(rows[1].IsOutdated);
        Assert.Null(rows[2].Newest);
        Assert.Contains("(not found on the sources)", PackageTable.Render(rows), StringComparison.Ordinal);
    }

    private static void WritePackage(string feed, string id, string version)
    {
        var builder = new PackageBuilder
        {
            Id = id,
            Version = NuGetVersion.Parse(version),
            Description = "test package",
        };
        builder.Authors.Add("tests");
        builder.AddFiles(AppContext.BaseDirectory, "Mlops.Build.Tests.dll", "lib/net10.0");
        using var stream = File.Create(Path.Combine(feed, $"{id}.{version}.nupkg"));
        builder.Save(stream);
    }
}
