namespace Mlops.Build.Integrations.GitHub;

/// <summary>
/// Turns a release's upload_url template (https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}) into
/// the address of one asset upload.
/// </summary>
public static class ReleaseUploadUrl
{
    /// <summary>
    /// The upload address for <paramref name="fileName"/>. The token goes with the upload, so the address must stay
    /// on GitHub: the API's own host (GitHub Enterprise, /api/uploads) or its "uploads." sibling (github.com).
    /// </summary>
    public static Uri For(GitHubRelease release, string fileName, Uri apiUrl)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(apiUrl);
        var template = release.UploadUrl
            ?? throw new InvalidOperationException($"GitHub's answer for the release {release.TagName} has no upload_url: no asset can be attached.");
        var braces = template.IndexOf('{', StringComparison.Ordinal);
        var withoutParameters = braces < 0 ? template : template[..braces];
        if (!Uri.TryCreate(withoutParameters, UriKind.Absolute, out var upload) || !IsGitHubHost(upload, apiUrl))
        {
            throw new InvalidOperationException(
                $"The release {release.TagName} names the upload address '{withoutParameters}', which is not on {apiUrl.Host}: refusing to send the token there.");
        }

        return new Uri($"{upload.GetLeftPart(UriPartial.Path)}?name={Uri.EscapeDataString(fileName)}");
    }

    /// <summary>Whether <paramref name="upload"/> is on the API's own host or its "uploads." sibling, with the same scheme.</summary>
    public static bool IsGitHubHost(Uri upload, Uri apiUrl)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(apiUrl);
        return upload.Scheme == apiUrl.Scheme
            && (string.Equals(upload.Authority, apiUrl.Authority, StringComparison.OrdinalIgnoreCase)
                || string.Equals(upload.Host, UploadsSibling(apiUrl.Host), StringComparison.OrdinalIgnoreCase));
    }

    private static string UploadsSibling(string apiHost) =>
        apiHost.StartsWith("api.", StringComparison.OrdinalIgnoreCase) ? "uploads." + apiHost["api.".Length..] : apiHost;
}
