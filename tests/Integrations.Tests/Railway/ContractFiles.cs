namespace Mlops.Integrations.Tests.Railway;

/// <summary>Finds the shared contract files: beside the repository (the folder holding Build.sln), in ../shared/contracts.</summary>
internal static class ContractFiles
{
    public static string RailwaySchemaPath()
    {
        var repositoryRoot = new DirectoryInfo(AppContext.BaseDirectory);
        while (repositoryRoot is not null && !File.Exists(Path.Combine(repositoryRoot.FullName, "Build.sln")))
        {
            repositoryRoot = repositoryRoot.Parent;
        }

        Assert.True(repositoryRoot is not null, $"No Build.sln above {AppContext.BaseDirectory}: cannot find the repository root.");
        var path = Path.GetFullPath(Path.Combine(repositoryRoot.FullName, "..", "shared", "contracts", "railway-schema.json"));
        Assert.True(
            File.Exists(path),
            $"Railway's GraphQL schema is not at {path}. These tests validate every document against it; put the introspection result there to run them.");
        return path;
    }
}
