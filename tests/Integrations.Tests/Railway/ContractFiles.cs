namespace Mlops.Integrations.Tests.Railway;

/// <summary>Finds the contract files the repository carries in tests/contracts (see its README for their origin).</summary>
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
        var path = Path.Combine(repositoryRoot.FullName, "tests", "contracts", "railway-schema.json");
        Assert.True(
            File.Exists(path),
            $"Railway's GraphQL schema is not at {path}; tests/contracts/README.md says how to fetch it again.");
        return path;
    }
}
