namespace Mlops.Build.Integrations.GitHub;

/// <summary>A commit status, e.g. the model gate's verdict on a pull request's head commit.</summary>
public sealed record GitHubCommitStatus(long Id, CommitState State, string? TargetUrl, string? Description, string? Context, DateTimeOffset CreatedAt);
