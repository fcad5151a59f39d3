using System.Security.Cryptography;
using NuGet.Packaging;
using NuGet.Packaging.Core;

namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>
/// Writes the v3 folder layout (<c>{id}/{version}/{id}.{version}.nupkg</c>, its .sha512 and .nuspec) that NuGet's
/// LocalV3 resources and restore read. The files are staged in a sibling folder and renamed into place in one move,
/// so a failed or interrupted push leaves no half-written version behind.
/// </summary>
internal sealed class FolderFeedPublisher(string root) : IPackagePublisher
{
    private readonly VersionFolderPathResolver _layout = new(root);

    public async Task PublishAsync(string nupkgPath, PackageIdentity identity, CancellationToken cancellationToken)
    {
        var target = _layout.GetInstallPath(identity.Id, identity.Version);
        var staging = Path.Combine(root, $".staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            await StageAsync(nupkgPath, identity, staging, cancellationToken);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            Move(staging, target, identity);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private async Task StageAsync(string nupkgPath, PackageIdentity identity, string staging, CancellationToken cancellationToken)
    {
        var nupkg = Path.Combine(staging, _layout.GetPackageFileName(identity.Id, identity.Version));
        File.Copy(nupkgPath, nupkg);
        await using (var stream = File.OpenRead(nupkg))
        {
            var hash = Convert.ToBase64String(await SHA512.HashDataAsync(stream, cancellationToken));
            await File.WriteAllTextAsync(Path.Combine(staging, _layout.GetHashFileName(identity.Id, identity.Version)), hash, cancellationToken);
        }

        using var reader = new PackageArchiveReader(nupkg);
        await using var nuspec = reader.GetNuspec();
        await using var manifest = File.Create(Path.Combine(staging, _layout.GetManifestFileName(identity.Id, identity.Version)));
        await nuspec.CopyToAsync(manifest, cancellationToken);
    }

    private static void Move(string staging, string target, PackageIdentity identity)
    {
        try
        {
            Directory.Move(staging, target);
        }
        catch (IOException exception) when (Directory.Exists(target))
        {
            throw new PackageVersionConflictException(
                $"{identity} appeared on the feed while it was being pushed; run the build again to compare it with this package.", exception);
        }
    }
}
