using System.Net;
using Mlops.Build.Integrations.Http;

namespace Mlops.Build.Integrations.GitHub;

/// <summary>
/// Files issues and comments without duplicates: a hidden marker names what an issue or comment is about, and the
/// tracker looks for it before it writes. Listing is used rather than search because the search index lags behind
/// writes, and a retry seconds after a create must see the issue that create made.
/// </summary>
public sealed class IssueTracker(IGitHubClient client)
{
    private const int CreateAttempts = 3;

    /// <summary>The open issue (not pull request) whose body carries the marker, among those with the label when given.</summary>
    public async Task<GitHubIssue?> FindOpenAsync(HiddenMarker marker, string? label, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(marker);
        var query = new IssueQuery(IssueStateFilter.Open, label is null ? null : [label]);
        var issues = await client.ListIssuesAsync(query, cancellationToken);
        return issues.Where(issue => !issue.IsPullRequest && marker.IsIn(issue.Body)).MinBy(issue => issue.Number);
    }

    /// <summary>The open issue carrying the marker, or a new one (its body gets the marker; its labels are created when missing).</summary>
    public async Task<IssueFiling> FindOrCreateAsync(HiddenMarker marker, NewIssue issue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(marker);
        ArgumentNullException.ThrowIfNull(issue);
        var label = issue.Labels is { Count: > 0 } labels ? labels[0] : null;
        if (await FindOpenAsync(marker, label, cancellationToken) is { } existing)
        {
            return new IssueFiling(existing, Created: false);
        }

        await EnsureLabelsAsync(issue.Labels?.Select(name => new NewLabel(name)) ?? [], cancellationToken);
        var marked = issue with { Body = marker.AppendTo(issue.Body) };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new IssueFiling(await client.CreateIssueAsync(marked, cancellationToken), Created: true);
            }
            catch (ServiceException exception) when (MayHaveBeenCreated(exception) && attempt < CreateAttempts)
            {
                // The create may have reached GitHub before its answer was lost: look before creating again.
                if (await FindOpenAsync(marker, label, cancellationToken) is { } filed)
                {
                    return new IssueFiling(filed, Created: true);
                }
            }
        }
    }

    /// <summary>Creates the labels that do not exist yet; an existing label (any case) is left as it is.</summary>
    public async Task EnsureLabelsAsync(IEnumerable<NewLabel> labels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var label in labels)
        {
            await client.CreateLabelAsync(label, cancellationToken);
        }
    }

    /// <summary>Updates the comment carrying the marker on an issue or pull request, or creates it: one comment however often this runs.</summary>
    public async Task<GitHubComment> UpsertCommentAsync(int issueNumber, HiddenMarker marker, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(marker);
        var markedBody = marker.AppendTo(body);
        var comments = await client.ListCommentsAsync(issueNumber, cancellationToken);
        var existing = comments.FirstOrDefault(comment => marker.IsIn(comment.Body));
        return existing is null
            ? await client.CreateCommentAsync(issueNumber, markedBody, cancellationToken)
            : await client.UpdateCommentAsync(existing.Id, markedBody, cancellationToken);
    }

    private static bool MayHaveBeenCreated(ServiceException exception) =>
        exception.Status is null || (int)exception.Status.Value >= (int)HttpStatusCode.InternalServerError;
}
