namespace Mlops.Build.UpToDate;

/// <summary>The Debian packages the build and its tests need, listed once in build/system-packages.txt.</summary>
public static class SystemPackages
{
    public static IReadOnlyList<string> Read(string path) =>
    [
        .. File.ReadAllLines(path)
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.Length > 0),
    ];
}
