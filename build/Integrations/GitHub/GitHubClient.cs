using System.Globalization;
using System.Net;
using Mlops.Build.Integrations.Http;

namespace Mlops.Build.Integrations.GitHub;

/// <summary>The GitHub REST client over HttpClient (Octokit is not on the feed). Build one with GitHubClientFactory.</summary>
public sealed class GitHubClient(GitHubRest rest, GitHubSettings settings) : IGitHubClient
{
    private const int MaxPerPage = 100;

    public string Repository => settings.Repository;

    private string RepoPath => $"repos/{Uri.EscapeDataString(settings.Owner)}/{Uri.EscapeDataString(settings.Name)}";

    public Task<IReadOnlyList<GitHubIssue>> ListIssuesAsync(IssueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<string>
        {
            $"state={Enum.GetName(query.State)!.ToLowerInvariant()}",
            $"per_page={Math.Clamp(query.PerPage, 1, MaxPerPage).ToString(CultureInfo.InvariantCulture)}",
        };
        if (query.Labels is { Count: > 0 } labels)
        {
            parameters.Add($"labels={Uri.EscapeDataString(string.Join(',', labels))}");
        }

        return rest.GetAllPagesAsync<GitHubIssue>($"{RepoPath}/issues?{string.Join('&', parameters)}", cancellationToken);
    }

    public Task<GitHubSearchResult> SearchIssuesAsync(string query, CancellationToken cancellationToken = default) =>
        rest.SendAsync<GitHubSearchResult>(HttpMethod.Get, $"search/issues?q={Uri.EscapeDataString(query)}&per_page={MaxPerPage}", null, cancellationToken);

    public Task<GitHubIssue> CreateIssueAsync(NewIssue issue, CancellationToken cancellationToken = default) =>
        rest.SendAsync<GitHubIssue>(HttpMethod.Post, $"{RepoPath}/issues", issue, cancellationToken);

    public Task<GitHubIssue> UpdateIssueAsync(int number, IssueUpdate update, CancellationToken cancellationToken = default) =>
        rest.SendAsync<GitHubIssue>(HttpMethod.Patch, $"{RepoPath}/issues/{number}", update, cancellationToken);

    public Task<GitHubComment> CreateCommentAsync(int issueNumber, string body, CancellationToken cancellationToken = default) =>
        rest.SendAsync<GitHubComment>(HttpMethod.Post, $"{RepoPath}/issues/{issueNumber}/comments", new CommentBody(body), cancellationToken);

    public Task<IReadOnlyList<GitHubComment>> ListCommentsAsync(int issueNumber, CancellationToken cancellationToken = default) =>
        rest.GetAllPagesAsync<GitHubComment>($"{RepoPath}/issues/{issueNumber}/comments?per_page={MaxPerPage}", cancellationToken);

    public Task<GitHubComment> UpdateCommentAsync(long commentId, string body, CancellationToken cancellationToken = default) =>
        rest.SendAsync<GitHubComment>(HttpMethod.Patch, $"{RepoPath}/issues/comments/{commentId}", new CommentBody(body), cancellationToken);

    public async Task<bool> CreateLabelAsync(NewLabel label, CancellationToken cancellationToken = default)
    {
        var path = $"{RepoPath}/labels";
        using var response = await rest.SendRawAsync(HttpMethod.Post, path, label, cancellationToken);
        if (response.StatusCode == HttpStatusCode.UnprocessableEntity && await IsAlreadyExistsAsync(response, cancellationToken))
        {
            return false;
        }

        await rest.EnsureSuccessAsync(response, HttpMethod.Post, path, cancellationToken);
        return true;
    }

    public Task<GitHubCommitStatus> CreateCommitStatusAsync(string sha, NewCommitStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sha);
        return rest.SendAsync<GitHubCommitStatus>(HttpMethod.Post, $"{RepoPath}/statuses/{Uri.EscapeDataString(sha)}", status, cancellationToken);
    }

    public Task<GitHubRelease> CreateReleaseAsync(NewRelease release, CancellationToken cancellationToken = default) =>
        rest.SendAsync<GitHubRelease>(HttpMethod.Post, $"{RepoPath}/releases", release, cancellationToken);

    private static async Task<bool> IsAlreadyExistsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var error = await GitHubRest.ReadErrorAsync(response, cancellationToken);
        return error?.Errors?.Any(detail => detail.Code == GitHubErrorDetail.AlreadyExists) == true;
    }

    private sealed record CommentBody(string Body);
}
