namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>
/// Where a folder feed's pushes are staged: <c>.{feed}.staging/</c> beside the feed, so on the same volume (the move
/// into place is one rename) but outside it, where no NuGet reader looks. Each push holds a lock file in its own
/// folder; a folder whose lock nobody holds was left by a push that was killed, and the next push removes it.
/// </summary>
internal sealed class FolderFeedStaging(string feedRoot)
{
    private const string LockFile = ".lock";

    // The package files sit in a subfolder, so that the move into the feed takes them and leaves the lock behind.
    private const string PackageFolder = "package";

    // Where pushes staged before: inside the feed, where a leftover looked like a package to readers.
    private const string LegacyPrefix = ".staging-";

    public string Root { get; } = Path.Combine(
        Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(feedRoot)) ?? feedRoot,
        $".{Path.GetFileName(Path.TrimEndingDirectorySeparator(feedRoot))}.staging");

    /// <summary>A new staging folder, locked until disposed, then deleted with whatever it still holds.</summary>
    public StagingFolder Create()
    {
        var folder = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, PackageFolder));
        return new StagingFolder(folder, Lock(folder));
    }

    /// <summary>Removes the staging folders of pushes that are no longer running; answers what it removed.</summary>
    public IReadOnlyList<string> RemoveLeftovers()
    {
        var legacy = Directory.Exists(feedRoot) ? Directory.GetDirectories(feedRoot, LegacyPrefix + "*") : [];
        var abandoned = Directory.Exists(Root) ? Directory.GetDirectories(Root).Where(IsAbandoned) : [];
        var removed = legacy.Concat(abandoned).ToList();
        removed.ForEach(path => Directory.Delete(path, recursive: true));
        return removed;
    }

    private static bool IsAbandoned(string folder)
    {
        try
        {
            using var held = Lock(folder);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    // FileShare.None is an exclusive lock across processes (flock on Unix); the system drops it when its holder dies.
    private static FileStream Lock(string folder) =>
        new(Path.Combine(folder, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);

    /// <summary>One push's staging folder and the lock that marks it as in use.</summary>
    public sealed class StagingFolder(string folder, FileStream held) : IDisposable
    {
        /// <summary>Where the package's files go, to be moved into the feed as its version folder.</summary>
        public string Path { get; } = System.IO.Path.Combine(folder, PackageFolder);

        public void Dispose()
        {
            held.Dispose();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
