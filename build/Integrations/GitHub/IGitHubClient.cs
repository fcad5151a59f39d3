namespace Mlops.Build.Integrations.GitHub;

/// <summary>The GitHub REST calls the build makes, on one repository.</summary>
public interface IGitHubClient
{
    /// <summary>owner/name.</summary>
    string Repository { get; }

    /// <summary>GET /repos/{o}/{r}/issues, every page (pull requests included, as GitHub returns them).</summary>
    Task<IReadOnlyList<GitHubIssue>> ListIssuesAsync(IssueQuery query, CancellationToken cancellationToken = default);

    /// <summary>GET /search/issues with a query such as "repo:o/r is:issue is:open label:x".</summary>
    Task<GitHubSearchResult> SearchIssuesAsync(string query, CancellationToken cancellationToken = default);

    Task<GitHubIssue> CreateIssueAsync(NewIssue issue, CancellationToken cancellationToken = default);

    Task<GitHubIssue> UpdateIssueAsync(int number, IssueUpdate update, CancellationToken cancellationToken = default);

    Task<GitHubComment> CreateCommentAsync(int issueNumber, string body, CancellationToken cancellationToken = default);

    /// <summary>GET /repos/{o}/{r}/issues/{n}/comments, every page, oldest first.</summary>
    Task<IReadOnlyList<GitHubComment>> ListCommentsAsync(int issueNumber, CancellationToken cancellationToken = default);

    Task<GitHubComment> UpdateCommentAsync(long commentId, string body, CancellationToken cancellationToken = default);

    /// <summary>Creates a label; false when a label of that name (any case) already exists.</summary>
    Task<bool> CreateLabelAsync(NewLabel label, CancellationToken cancellationToken = default);

    Task<GitHubCommitStatus> CreateCommitStatusAsync(string sha, NewCommitStatus status, CancellationToken cancellationToken = default);

    Task<GitHubRelease> CreateReleaseAsync(NewRelease release, CancellationToken cancellationToken = default);
}
