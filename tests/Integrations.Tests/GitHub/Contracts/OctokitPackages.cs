namespace Mlops.Integrations.Tests.GitHub.Contracts;

/// <summary>
/// Finds the npm packages that carry GitHub's machine-readable contract (@octokit/openapi, @octokit/fixtures) in
/// tests/tools/node_modules. They are a contract the test projects' build installs, so their absence fails the test
/// with the command that installs them rather than skipping it.
/// </summary>
internal static class OctokitPackages
{
    private const string InstallCommand = "npm ci --prefix tests/tools (compiling the test projects runs it: tests/tools/TestTools.targets)";

    public static string OpenApiDescription => Require(Path.Combine("@octokit", "openapi", "generated", "api.github.com.json"));

    public static string FixtureScenario(string scenario) =>
        Require(Path.Combine("@octokit", "fixtures", "scenarios", "api.github.com", scenario, "normalized-fixture.json"));

    private static string Require(string relative)
    {
        var path = Path.Combine(RepositoryRoot(), "tests", "tools", "node_modules", relative);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException(
                $"GitHub contract file {relative} is missing from tests/tools/node_modules. Run {InstallCommand} and test again.", path);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Build.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Build.sln above {AppContext.BaseDirectory}: cannot find the repository root.");
    }
}
