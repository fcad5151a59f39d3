namespace Mlops.Build.Integrations.GitHub.Reports;

/// <summary>The comment written or updated and the status set (ids are 0 when nothing was filed).</summary>
public sealed record PullRequestReportResult(GitHubComment Comment, GitHubCommitStatus Status);
