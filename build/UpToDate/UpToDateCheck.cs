namespace Mlops.Build.UpToDate;

/// <summary>Whether a step's last success read the same inputs and left its outputs in place, so running it again would change nothing.</summary>
public static class UpToDateCheck
{
    /// <returns>The last successful run's stamp when its key is <paramref name="key"/> and every project folder still has its output; else null.</returns>
    public static RunStamp? LastRun(string stampPath, string key, IEnumerable<string> projectFolders, Func<string, bool> hasOutput)
    {
        ArgumentNullException.ThrowIfNull(hasOutput);
        return RunStamp.Read(stampPath) is { } stamp && stamp.Key == key && projectFolders.All(hasOutput) ? stamp : null;
    }
}
