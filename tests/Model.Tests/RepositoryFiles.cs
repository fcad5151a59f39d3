namespace Mlops.Model.Tests;

/// <summary>Files of the repository the tests run from (fixtures, the spec), found above the test binaries.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Build.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Build.sln above {AppContext.BaseDirectory}.");
    }
}
