using System.Diagnostics;

namespace Mlops.Build.UpToDate;

/// <summary>The repository's source files as git sees them: tracked, plus untracked ones that are not ignored.</summary>
public static class SourceFiles
{
    /// <returns>Paths relative to <paramref name="root"/>; null when git cannot list them (no git, not a clone).</returns>
    public static IReadOnlyList<string>? List(string root)
    {
        var start = new ProcessStartInfo("git")
        {
            ArgumentList = { "-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var git = Process.Start(start)!;
            var stderr = git.StandardError.ReadToEndAsync();
            var listing = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            _ = stderr.Result;
            return git.ExitCode == 0 ? [.. listing.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct()] : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
