namespace Mlops.Build.Integrations.GitHub;

/// <summary>A release of a tag; <see cref="UploadUrl"/> is the URI template (on the uploads host) its assets go to.</summary>
public sealed record GitHubRelease(
    long Id,
    string TagName,
    string? Name,
    string? Body,
    bool Draft,
    bool Prerelease,
    string HtmlUrl,
    string? UploadUrl = null,
    IReadOnlyList<GitHubReleaseAsset>? Assets = null);
