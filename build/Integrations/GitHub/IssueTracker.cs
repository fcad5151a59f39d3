namespace Mlops.Build.Integrations.GitHub;

/// <summary>
/// Files issues and comments without duplicates: a hidden marker names what an issue or comment is about, and the
/// tracker looks for it before it writes, and again before it resends a create whose outcome is unknown. Listing by
/// label is used rather than search because the search index lags behind writes, and a look seconds after a create
/// must see the issue that create made. Labels are looked up once and only the missing ones are created.
/// </summary>
public sealed class IssueTracker(IGitHubClient client)
{
    // The label names known to exist (GitHub compares them in any case), read once per tracker.
    private HashSet<string>? _labels;

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
        var created = await client.CreateOnceAsync(
            $"POST the issue \"{issue.Title}\"",
            token => client.CreateIssueAsync(marked, token),
            token => FindOpenAsync(marker, label, token),
            cancellationToken);
        return new IssueFiling(created, Created: true);
    }

    /// <summary>Creates the labels that do not exist yet (one look-up per tracker); an existing label (any case) is left as it is.</summary>
    public async Task EnsureLabelsAsync(IEnumerable<NewLabel> labels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var known = _labels ??= new HashSet<string>((await client.ListLabelsAsync(cancellationToken)).Select(label => label.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var label in labels.Where(label => !known.Contains(label.Name)).ToList())
        {
            // A label needs no look before it is sent again: a second create answers 422 already_exists, which counts as made.
            await client.CreateOnceAsync(
                $"POST the label {label.Name}",
                async token =>
                {
                    await client.CreateLabelAsync(label, token);
                    return label;
                },
                _ => Task.FromResult<NewLabel?>(null),
                cancellationToken);
            known.Add(label.Name);
        }
    }

    /// <summary>Updates the comment carrying the marker on an issue or pull request, or creates it: one comment however often this runs.</summary>
    public async Task<GitHubComment> UpsertCommentAsync(int issueNumber, HiddenMarker marker, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(marker);
        var existing = await FindCommentAsync(issueNumber, marker, cancellationToken);
        return existing is null
            ? await AddCommentOnceAsync(issueNumber, marker, body, cancellationToken)
            : await client.UpdateCommentAsync(existing.Id, marker.AppendTo(body), cancellationToken);
    }

    /// <summary>Adds a comment carrying the marker; a create whose outcome is unknown is looked for by the marker before it is resent.</summary>
    public Task<GitHubComment> AddCommentOnceAsync(int issueNumber, HiddenMarker marker, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(marker);
        var markedBody = marker.AppendTo(body);
        return client.CreateOnceAsync(
            $"POST a comment on #{issueNumber}",
            token => client.CreateCommentAsync(issueNumber, markedBody, token),
            token => FindCommentAsync(issueNumber, marker, token),
            cancellationToken);
    }

    private async Task<GitHubComment?> FindCommentAsync(int issueNumber, HiddenMarker marker, CancellationToken cancellationToken) =>
        (await client.ListCommentsAsync(issueNumber, cancellationToken)).FirstOrDefault(comment => marker.IsIn(comment.Body));
}
