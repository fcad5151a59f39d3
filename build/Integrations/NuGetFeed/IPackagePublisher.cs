using NuGet.Packaging.Core;

namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>Puts a new version on a feed, all or nothing. The caller has already checked the version is not there.</summary>
internal interface IPackagePublisher
{
    Task PublishAsync(string nupkgPath, PackageIdentity identity, CancellationToken cancellationToken);
}
