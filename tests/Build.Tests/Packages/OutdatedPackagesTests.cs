using Mlops.Build.Integrations.Packages;
using NuGet.Configuration;
using NuGet.Frameworks;
using NuGet.Packaging;
using NuGet.Versioning;

namespace Mlops.Build.Tests.Packages;

public sealed class OutdatedPackagesTests : IDisposable
{
    private static readonly NuGetFramework Net10 = NuGetFramework.Parse("net10.0");

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
            Net10,
            CancellationToken.None);

        Assert.Equal(new PackageFreshness("Acme.Lib", "1.0.0", "1.2.0"), rows[0]);
        Assert.True(rows[0].IsOutdated);
        Assert.False(rows[1].IsOutdated);
        Assert.Null(rows[2].Newest);
        Assert.Contains("(not found on the sources)", PackageTable.Render(rows), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_built_only_for_a_newer_framework_is_not_proposed()
    {
        var feed = Directory.CreateDirectory(Path.Combine(_folder, "feed")).FullName;
        WritePackage(feed, "Acme.OpenApi", "10.0.14");
        WritePackage(feed, "Acme.OpenApi", "10.0.15");
        WritePackage(feed, "Acme.OpenApi", "11.0.0", "net11.0");

        var rows = await OutdatedPackages.CheckAsync([new PinnedPackage("Acme.OpenApi", "10.0.14")], [new PackageSource(feed)], Net10, CancellationToken.None);

        Assert.Equal(new PackageFreshness("Acme.OpenApi", "10.0.14", "10.0.15"), Assert.Single(rows));
    }

    [Fact]
    public void Cake_Tool_is_checked_too_its_version_read_from_the_property_its_download_names()
    {
        var props = Path.Combine(_folder, "Directory.Packages.props");
        File.WriteAllText(props, """
            <Project>
              <PropertyGroup><CakeToolVersion>7.0.0</CakeToolVersion></PropertyGroup>
              <ItemGroup><PackageVersion Include="Zeta" Version="1.0.0" /></ItemGroup>
            </Project>
            """);
        var download = Path.Combine(_folder, "CakeTool.props");
        File.WriteAllText(download, """
            <Project>
              <ItemGroup><PackageDownload Include="Cake.Tool" Version="[$(CakeToolVersion)]" /></ItemGroup>
            </Project>
            """);

        Assert.Equal([new PinnedPackage("Cake.Tool", "7.0.0"), new PinnedPackage("Zeta", "1.0.0")], CentralPackageVersions.Read(props, download));
    }

    [Fact]
    public void The_repositorys_own_pins_include_Cake_Tool()
    {
        var paths = new BuildPaths(RepositoryRoot.Path);

        var pinned = CentralPackageVersions.Read(paths.PackageVersions, paths.CakeToolProps);

        Assert.Contains(pinned, p => p.Id == "Cake.Tool" && NuGetVersion.TryParse(p.Version, out _));
        Assert.Equal(".NETCoreApp", NuGetFramework.Parse(CentralPackageVersions.ReadProperty(paths.BuildProps, "TargetFramework")).Framework);
    }

    private static void WritePackage(string feed, string id, string version, string framework = "net10.0")
    {
        var builder = new PackageBuilder
        {
            Id = id,
            Version = NuGetVersion.Parse(version),
            Description = "test package",
        };
        builder.Authors.Add("tests");
        builder.AddFiles(AppContext.BaseDirectory, "Mlops.Build.Tests.dll", $"lib/{framework}");
        builder.DependencyGroups.Add(new PackageDependencyGroup(NuGetFramework.Parse(framework), []));
        using var stream = File.Create(Path.Combine(feed, $"{id}.{version}.nupkg"));
        builder.Save(stream);
    }
}
