using System.Net;
using Mlops.Build.Integrations.Http;

namespace Mlops.Build.Integrations.GitHub.Reports;

/// <summary>
/// Creates the GitHub release of a tag and attaches files to it. A rerun of the same tag reuses the release it
/// made before and skips the files already attached, so a retried workflow finishes instead of failing; a create or an
/// upload whose answer was lost is looked for (the release by its tag, the file by name and size) before it is resent.
/// </summary>
public sealed class ReleasePublisher(IGitHubClient client, Action<string> log)
{
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
            return await client.CreateOnceAsync(
                $"POST the release {release.TagName}",
                token => client.CreateReleaseAsync(release, token),
                token => client.FindReleaseByTagAsync(release.TagName, token),
                cancellationToken);
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
        Task<GitHubReleaseAsset?> FindUploaded(CancellationToken token) => FindUploadedAsync(release.TagName, fileName, content.Length, token);
        try
        {
            return await client.CreateOnceAsync(
                $"POST the file {fileName} to {release.TagName}",
                token => client.UploadReleaseAssetAsync(release, fileName, content, token),
                FindUploaded,
                cancellationToken);
        }
        catch (ServiceException exception) when (exception.Status == HttpStatusCode.UnprocessableEntity)
        {
            // The name is taken: by this very file when an earlier upload finished unseen, else by another file.
            if (await FindUploaded(cancellationToken) is { } uploaded)
            {
                return uploaded;
            }

            throw;
        }
    }

    private async Task<GitHubReleaseAsset?> FindUploadedAsync(string tag, string fileName, long size, CancellationToken cancellationToken)
    {
        var release = await client.FindReleaseByTagAsync(tag, cancellationToken);
        return release?.Assets?.FirstOrDefault(asset => asset.Name == fileName && asset.IsComplete && asset.Size == size);
    }
}
