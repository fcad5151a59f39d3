namespace Mlops.Build.Tests;

/// <summary>The repository the tests run from: the folder above the test binaries that holds Build.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = BuildPaths.FindFrom(AppContext.BaseDirectory).Root;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
