using System.Diagnostics;

namespace Mlops.Build;

/// <summary>Reads facts of the working copy through the git command line (LibGit2Sharp's native parts are not available).</summary>
public static class GitInfo
{
    public const string UnknownCommit = "unknown";

    public static string HeadCommit(string repositoryRoot) => Git(repositoryRoot, "rev-parse HEAD") ?? UnknownCommit;

    public static string? RemoteUrl(string repositoryRoot) => Git(repositoryRoot, "remote get-url origin");

    public static string? CurrentBranch(string repositoryRoot) => Git(repositoryRoot, "rev-parse --abbrev-ref HEAD");

    private static string? Git(string workingDirectory, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // git is not installed: the build still runs, the commit is reported as unknown.
            return null;
        }
    }
}
