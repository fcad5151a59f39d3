namespace Mlops.Build.Integrations.GitHub;

/// <summary>The open issue that carries a marker, and whether this call created it.</summary>
public sealed record IssueFiling(GitHubIssue Issue, bool Created);
