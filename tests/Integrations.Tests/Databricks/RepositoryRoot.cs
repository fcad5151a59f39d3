namespace Mlops.Integrations.Tests.Databricks;

/// <summary>The repository's root: the nearest folder above the test's base directory that holds Build.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "Build.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Build.sln above {AppContext.BaseDirectory}.");
    }
}
