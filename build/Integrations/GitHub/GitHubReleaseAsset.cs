namespace Mlops.Build.Integrations.GitHub;

/// <summary>A file attached to a release; state "uploaded" once complete ("open" while an upload is unfinished).</summary>
public sealed record GitHubReleaseAsset(long Id, string Name, long Size, string? State, string? ContentType, string? BrowserDownloadUrl)
{
    public const string Uploaded = "uploaded";

    public bool IsComplete => State == Uploaded;
}
