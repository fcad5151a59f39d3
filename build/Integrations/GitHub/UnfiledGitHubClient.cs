namespace Mlops.Build.Integrations.GitHub;

/// <summary>
/// The client without a token: reads find nothing, and every write is printed, clearly marked as not filed, so a
/// local run shows exactly what CI would have filed.
/// </summary>
public sealed class UnfiledGitHubClient(string repository, Action<string> log) : IGitHubClient
{
    public const string NotFiled = "NOT FILED (no GITHUB_TOKEN)";

    public string Repository => repository;

    public Task<IReadOnlyList<GitHubIssue>> ListIssuesAsync(IssueQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<GitHubIssue>>([]);

    public Task<GitHubIssue> CreateIssueAsync(NewIssue issue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issue);
        Print($"issue \"{issue.Title}\" labels [{string.Join(", ", issue.Labels ?? [])}]", issue.Body);
        return Task.FromResult(Stub(issue.Title, issue.Body, IssueState.Open));
    }

    public Task<GitHubIssue> UpdateIssueAsync(int number, IssueUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        Print($"update of issue #{number}: state {update.State?.ToString() ?? "unchanged"}, reason {update.StateReason?.ToString() ?? "none"}", update.Body);
        return Task.FromResult(Stub(update.Title ?? string.Empty, update.Body, update.State ?? IssueState.Open));
    }

    public Task<GitHubComment> CreateCommentAsync(int issueNumber, string body, CancellationToken cancellationToken = default)
    {
        Print($"comment on #{issueNumber}", body);
        return Task.FromResult(StubComment(body));
    }

    public Task<IReadOnlyList<GitHubComment>> ListCommentsAsync(int issueNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<GitHubComment>>([]);

    public Task<GitHubComment> UpdateCommentAsync(long commentId, string body, CancellationToken cancellationToken = default)
    {
        Print($"update of comment {commentId}", body);
        return Task.FromResult(StubComment(body));
    }

    public Task<IReadOnlyList<GitHubLabel>> ListLabelsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<GitHubLabel>>([]);

    public Task<bool> CreateLabelAsync(NewLabel label, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public Task<GitHubCommitStatus> CreateCommitStatusAsync(string sha, NewCommitStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(status);
        Print($"commit status {status.Context}={status.State} on {sha}", status.Description);
        return Task.FromResult(new GitHubCommitStatus(0, status.State, status.TargetUrl, status.Description, status.Context, DateTimeOffset.UtcNow));
    }

    public Task<GitHubRelease> CreateReleaseAsync(NewRelease release, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(release);
        Print($"release {release.TagName}", release.Body);
        return Task.FromResult(new GitHubRelease(0, release.TagName, release.Name, release.Body, release.Draft, release.Prerelease, string.Empty));
    }

    public Task<GitHubRelease?> FindReleaseByTagAsync(string tag, CancellationToken cancellationToken = default) =>
        Task.FromResult<GitHubRelease?>(null);

    public Task<GitHubReleaseAsset> UploadReleaseAssetAsync(GitHubRelease release, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(content);
        Print($"asset {fileName} ({content.Length:N0} bytes) on release {release.TagName}", null);
        return Task.FromResult(new GitHubReleaseAsset(0, fileName, content.Length, null, null, null));
    }

    // Printing cannot half-fail, so there is nothing to look for.
    public Task<T> CreateOnceAsync<T>(string what, Func<CancellationToken, Task<T>> create, Func<CancellationToken, Task<T?>> findMade, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        return create(cancellationToken);
    }

    private void Print(string what, string? body) =>
        log($"{NotFiled} on {repository}: {what}{(string.IsNullOrEmpty(body) ? string.Empty : $"\n{body}")}");

    // Number 0 never exists on GitHub: nothing downstream can mistake the stub for a filed issue.
    private static GitHubIssue Stub(string title, string? body, IssueState state) =>
        new(0, 0, state, null, title, body, [], string.Empty, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null, 0, null);

    private static GitHubComment StubComment(string body) => new(0, string.Empty, body, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
}
