namespace Mlops.Build.Integrations.GitHub;

/// <summary>The body of POST /repos/{o}/{r}/statuses/{sha}.</summary>
public sealed record NewCommitStatus(CommitState State, string Context, string? Description = null, string? TargetUrl = null);
