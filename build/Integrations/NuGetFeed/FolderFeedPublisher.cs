using System.Security.Cryptography;
using NuGet.Packaging;
using NuGet.Packaging.Core;

namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>
/// Writes the v3 folder layout (<c>{id}/{version}/{id}.{version}.nupkg</c>, its .sha512 and .nuspec) that NuGet's
/// LocalV3 resources and restore read. The files are staged outside the feed (<see cref="FolderFeedStaging"/>), where
/// no reader looks, and renamed into place in one move: a reader sees the whole version or none of it, whenever the
/// push is interrupted.
/// </summary>
internal sealed class FolderFeedPublisher(string root, Action<string> log) : IPackagePublisher
{
    private readonly VersionFolderPathResolver _layout = new(root);

    public async Task PublishAsync(string nupkgPath, PackageIdentity identity, CancellationToken cancellationToken)
    {
        var staging = new FolderFeedStaging(root);
        foreach (var leftover in staging.RemoveLeftovers())
        {
            log($"NuGet feed {root}: removed {leftover}, left by an interrupted push.");
        }

        var target = _layout.GetInstallPath(identity.Id, identity.Version);
        using var folder = staging.Create();
        await StageAsync(nupkgPath, identity, folder.Path, cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Move(folder.Path, target, identity);
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
