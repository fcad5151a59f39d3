namespace Mlops.Build.Integrations.GitHub;

/// <summary>The GitHub REST calls the build makes, on one repository.</summary>
public interface IGitHubClient
{
    /// <summary>owner/name.</summary>
    string Repository { get; }

    /// <summary>GET /repos/{o}/{r}/issues, every page (pull requests included, as GitHub returns them).</summary>
    Task<IReadOnlyList<GitHubIssue>> ListIssuesAsync(IssueQuery query, CancellationToken cancellationToken = default);

    Task<GitHubIssue> CreateIssueAsync(NewIssue issue, CancellationToken cancellationToken = default);

    Task<GitHubIssue> UpdateIssueAsync(int number, IssueUpdate update, CancellationToken cancellationToken = default);

    Task<GitHubComment> CreateCommentAsync(int issueNumber, string body, CancellationToken cancellationToken = default);

    /// <summary>GET /repos/{o}/{r}/issues/{n}/comments, every page, oldest first.</summary>
    Task<IReadOnlyList<GitHubComment>> ListCommentsAsync(int issueNumber, CancellationToken cancellationToken = default);

    Task<GitHubComment> UpdateCommentAsync(long commentId, string body, CancellationToken cancellationToken = default);

    /// <summary>GET /repos/{o}/{r}/labels, every page.</summary>
    Task<IReadOnlyList<GitHubLabel>> ListLabelsAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a label; false when a label of that name (any case) already exists (GitHub's 422 already_exists).</summary>
    Task<bool> CreateLabelAsync(NewLabel label, CancellationToken cancellationToken = default);

    Task<GitHubCommitStatus> CreateCommitStatusAsync(string sha, NewCommitStatus status, CancellationToken cancellationToken = default);

    /// <summary>POST /repos/{o}/{r}/releases; a tag that already has a release answers 422 already_exists.</summary>
    Task<GitHubRelease> CreateReleaseAsync(NewRelease release, CancellationToken cancellationToken = default);

    /// <summary>GET /repos/{o}/{r}/releases/tags/{tag}; null when the tag has no release.</summary>
    Task<GitHubRelease?> FindReleaseByTagAsync(string tag, CancellationToken cancellationToken = default);

    /// <summary>POST {upload_url}?name={fileName} on the uploads host, the file as application/octet-stream.</summary>
    Task<GitHubReleaseAsset> UploadReleaseAssetAsync(GitHubRelease release, string fileName, byte[] content, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a create so that a retry never makes a second one: when its answer leaves the outcome unknown (no answer,
    /// 5xx), <paramref name="findMade"/> looks for what it may have made before the create is sent again.
    /// </summary>
    Task<T> CreateOnceAsync<T>(string what, Func<CancellationToken, Task<T>> create, Func<CancellationToken, Task<T?>> findMade, CancellationToken cancellationToken = default)
        where T : class;
}
