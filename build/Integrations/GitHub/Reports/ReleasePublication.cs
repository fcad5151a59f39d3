namespace Mlops.Build.Integrations.GitHub.Reports;

/// <summary>The release (new or reused) and every file attached to it.</summary>
public sealed record ReleasePublication(GitHubRelease Release, IReadOnlyList<GitHubReleaseAsset> Assets);
