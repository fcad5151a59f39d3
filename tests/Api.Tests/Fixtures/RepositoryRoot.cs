namespace Mlops.Api.Tests.Fixtures;

/// <summary>The repository's root: the folder holding Build.sln, found by walking up from the test's folder.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Build.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Build.sln above {AppContext.BaseDirectory}: the tests must run inside the repository.");
    }
}
