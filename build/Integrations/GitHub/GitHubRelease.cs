namespace Mlops.Build.Integrations.GitHub;

/// <summary>A release of a tag.</summary>
public sealed record GitHubRelease(long Id, string TagName, string? Name, string? Body, bool Draft, bool Prerelease, string HtmlUrl);
