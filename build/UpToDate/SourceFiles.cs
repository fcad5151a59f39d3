namespace Mlops.Build.UpToDate;

/// <summary>The repository's source files as git sees them: tracked, plus untracked ones that are not ignored.</summary>
public static class SourceFiles
{
    /// <returns>Paths relative to <paramref name="root"/>; null when git cannot list them (no git, not a clone).</returns>
    public static IReadOnlyList<string>? List(string root)
    {
        var git = CommandOutput.Run("git", ["-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
        return git is { ExitCode: 0 } ? [.. git.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct()] : null;
    }
}
