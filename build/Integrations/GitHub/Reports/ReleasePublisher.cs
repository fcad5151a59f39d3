using System.Net;
using Mlops.Build.Integrations.Http;

namespace Mlops.Build.Integrations.GitHub.Reports;

/// <summary>
/// Creates the GitHub release of a tag and attaches files to it. A rerun of the same tag reuses the release it
/// made before and skips the files already attached, so a retried workflow finishes instead of failing.
/// </summary>
public sealed class ReleasePublisher(IGitHubClient client, Action<string> log)
{
    private const int UploadAttempts = 3;

    public async Task<ReleasePublication> PublishAsync(NewRelease release, IReadOnlyList<string> assetPaths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(assetPaths);
        var published = await CreateOrReuseAsync(release, cancellationToken);
        var attached = new List<GitHubReleaseAsset>();
        foreach (var path in assetPaths)
        {
            attached.Add(await AttachAsync(published, path, cancellationToken));
        }

        return new ReleasePublication(published, attached);
    }

    private async Task<GitHubRelease> CreateOrReuseAsync(NewRelease release, CancellationToken cancellationToken)
    {
        try
        {
            return await client.CreateReleaseAsync(release, cancellationToken);
        }
        catch (ServiceException exception) when (exception.Status == HttpStatusCode.UnprocessableEntity)
        {
            // 422 is also GitHub's answer to other invalid input: reuse only when the tag really has a release.
            var existing = await client.FindReleaseByTagAsync(release.TagName, cancellationToken);
            if (existing is null)
            {
                throw;
            }

            log($"The tag {release.TagName} already has a release ({existing.HtmlUrl}), from an earlier run: reusing it.");
            return existing;
        }
    }

    private async Task<GitHubReleaseAsset> AttachAsync(GitHubRelease release, string path, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        if (release.Assets?.FirstOrDefault(asset => asset.Name == fileName && asset.IsComplete) is { } existing)
        {
            log($"{fileName} is already attached to {release.TagName} ({existing.Size:N0} bytes): not uploaded again.");
            return existing;
        }

        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        var asset = await UploadAsync(release, fileName, content, cancellationToken);
        log($"Attached {fileName} ({content.Length:N0} bytes) to {release.TagName}.");
        return asset;
    }

    private async Task<GitHubReleaseAsset> UploadAsync(GitHubRelease release, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await client.UploadReleaseAssetAsync(release, fileName, content, cancellationToken);
            }
            catch (ServiceException exception) when (MayHaveBeenUploaded(exception) && attempt < UploadAttempts)
            {
                // GitHub does not retry an upload whose answer was lost: look for the file before sending it again.
                if (await FindUploadedAsync(release.TagName, fileName, content.Length, cancellationToken) is { } uploaded)
                {
                    return uploaded;
                }

                if (exception.Status == HttpStatusCode.UnprocessableEntity)
                {
                    throw;
                }
            }
        }
    }

    private async Task<GitHubReleaseAsset?> FindUploadedAsync(string tag, string fileName, long size, CancellationToken cancellationToken)
    {
        var release = await client.FindReleaseByTagAsync(tag, cancellationToken);
        return release?.Assets?.FirstOrDefault(asset => asset.Name == fileName && asset.IsComplete && asset.Size == size);
    }

    // No answer, a server error, or 422 (the name is taken, maybe by this very upload) may each hide a finished upload.
    private static bool MayHaveBeenUploaded(ServiceException exception) =>
        exception.Status is null or HttpStatusCode.UnprocessableEntity || (int)exception.Status.Value >= (int)HttpStatusCode.InternalServerError;
}
