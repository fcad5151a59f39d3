using Gh = Octokit;

namespace Mlops.Build.Integrations.GitHub;

/// <summary>
/// The build's GitHub calls through Octokit, on one repository. Build it with GitHubClientFactory: the retries, rate
/// limits, headers and token rules live in the handlers under Octokit; failures come out as ServiceException.
/// </summary>
public sealed class OctokitGitHubClient(Gh.IGitHubClient octokit, GitHubSettings settings, GitHubCalls calls, SafeCreate safeCreate) : IGitHubClient
{
    private const int MaxPerPage = 100;
    private const string OctetStream = "application/octet-stream";

    // Octokit insists on a positive upload timeout; RetryBoundedHttpClient lifts it, since the retry policy bounds each attempt.
    private static readonly TimeSpan UploadTimeout = TimeSpan.FromHours(1);

    private static readonly Gh.ApiOptions PageOfMost = new() { PageSize = MaxPerPage };

    private readonly Gh.ApiConnection _api = new(octokit.Connection);

    public string Repository => settings.Repository;

    private string Owner => settings.Owner;

    private string Name => settings.Name;

    private string RepoPath => $"/repos/{Owner}/{Name}";

    public Task<IReadOnlyList<GitHubIssue>> ListIssuesAsync(IssueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new Dictionary<string, string> { ["state"] = query.State.ToString().ToLowerInvariant() };
        if (query.Labels is { Count: > 0 } labels)
        {
            parameters["labels"] = string.Join(',', labels);
        }

        // Not Issue.GetAllForRepository: its request also sends filter=assigned, which this endpoint does not take.
        var options = new Gh.ApiOptions { PageSize = Math.Clamp(query.PerPage, 1, MaxPerPage) };
        return calls.RunAsync($"GET {RepoPath}/issues", async () =>
            Map(await _api.GetAll<Gh.Issue>(Gh.ApiUrls.Issues(Owner, Name), parameters, options), OctokitModels.Issue));
    }

    public Task<GitHubIssue> CreateIssueAsync(NewIssue issue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return calls.RunAsync($"POST {RepoPath}/issues", async () =>
            OctokitModels.Issue(await octokit.Issue.Create(Owner, Name, OctokitModels.NewIssue(issue))));
    }

    public Task<GitHubIssue> UpdateIssueAsync(int number, IssueUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        return calls.RunAsync($"PATCH {RepoPath}/issues/{number}", async () =>
            OctokitModels.Issue(await _api.Patch<Gh.Issue>(Gh.ApiUrls.Issue(Owner, Name, number), OctokitModels.IssuePatch(update))));
    }

    public Task<GitHubComment> CreateCommentAsync(int issueNumber, string body, CancellationToken cancellationToken = default) =>
        calls.RunAsync($"POST {RepoPath}/issues/{issueNumber}/comments", async () =>
            OctokitModels.Comment(await octokit.Issue.Comment.Create(Owner, Name, issueNumber, body)));

    // Octokit's GetAllForIssue adds sort and direction, which this endpoint does not take; the plain list is oldest first.
    public Task<IReadOnlyList<GitHubComment>> ListCommentsAsync(int issueNumber, CancellationToken cancellationToken = default) =>
        calls.RunAsync($"GET {RepoPath}/issues/{issueNumber}/comments", async () =>
            Map(await _api.GetAll<Gh.IssueComment>(Gh.ApiUrls.IssueComments(Owner, Name, issueNumber), new Dictionary<string, string>(), PageOfMost), OctokitModels.Comment));

    public Task<GitHubComment> UpdateCommentAsync(long commentId, string body, CancellationToken cancellationToken = default) =>
        calls.RunAsync($"PATCH {RepoPath}/issues/comments/{commentId}", async () =>
            OctokitModels.Comment(await octokit.Issue.Comment.Update(Owner, Name, commentId, body)));

    public Task<IReadOnlyList<GitHubLabel>> ListLabelsAsync(CancellationToken cancellationToken = default) =>
        calls.RunAsync($"GET {RepoPath}/labels", async () =>
            Map(await octokit.Issue.Labels.GetAllForRepository(Owner, Name, PageOfMost), OctokitModels.Label));

    public Task<bool> CreateLabelAsync(NewLabel label, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(label);
        return calls.RunAsync($"POST {RepoPath}/labels", async () =>
        {
            try
            {
                await octokit.Issue.Labels.Create(Owner, Name, OctokitModels.NewLabel(label));
                return true;
            }
            catch (Gh.ApiValidationException exception) when (IsAlreadyExists(exception))
            {
                return false;
            }
        });
    }

    public Task<GitHubCommitStatus> CreateCommitStatusAsync(string sha, NewCommitStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sha);
        ArgumentNullException.ThrowIfNull(status);
        return calls.RunAsync($"POST {RepoPath}/statuses/{sha}", async () =>
            OctokitModels.Status(await octokit.Repository.Status.Create(Owner, Name, sha, OctokitModels.NewStatus(status))));
    }

    public Task<GitHubRelease> CreateReleaseAsync(NewRelease release, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(release);
        return calls.RunAsync($"POST {RepoPath}/releases", async () =>
            OctokitModels.Release(await octokit.Repository.Release.Create(Owner, Name, OctokitModels.NewRelease(release))));
    }

    public Task<GitHubRelease?> FindReleaseByTagAsync(string tag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        return calls.RunAsync<GitHubRelease?>($"GET {RepoPath}/releases/tags/{tag}", async () =>
        {
            try
            {
                return OctokitModels.Release(await octokit.Repository.Release.Get(Owner, Name, tag));
            }
            catch (Gh.NotFoundException)
            {
                return null;
            }
        });
    }

    public Task<GitHubReleaseAsset> UploadReleaseAssetAsync(GitHubRelease release, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var address = ReleaseUploadUrl.For(release, fileName, settings.ApiUrl);
        return calls.RunAsync($"POST {address.AbsolutePath}", async () =>
        {
            using var stream = new MemoryStream(content, writable: false);
            var asset = await _api.Post<Gh.ReleaseAsset>(address, stream, GitHubRequestRules.MediaType, OctetStream, UploadTimeout, cancellationToken);
            return OctokitModels.Asset(asset);
        });
    }

    public Task<T> CreateOnceAsync<T>(string what, Func<CancellationToken, Task<T>> create, Func<CancellationToken, Task<T?>> findMade, CancellationToken cancellationToken = default)
        where T : class =>
        safeCreate.RunAsync(what, create, findMade, cancellationToken);

    private static bool IsAlreadyExists(Gh.ApiValidationException exception) =>
        exception.ApiError?.Errors?.Any(detail => detail.Code == "already_exists") == true;

    private static IReadOnlyList<TOut> Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map) => [.. items.Select(map)];
}
