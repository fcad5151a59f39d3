namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>The version being pushed is already on the feed with different content; versions are never overwritten.</summary>
public sealed class PackageVersionConflictException : Exception
{
    public PackageVersionConflictException()
    {
    }

    public PackageVersionConflictException(string message)
        : base(message)
    {
    }

    public PackageVersionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static PackageVersionConflictException For(string packageId, string version, string feed, IEnumerable<string> differences) =>
        new($"{packageId} {version} is already on {feed} with different content ({string.Join(", ", differences)}). "
            + "A published version is never overwritten: bump version.txt and build again.");
}
