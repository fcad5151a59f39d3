using System.Text;
using Mlops.Model;
using Mlops.Model.Training.Monitoring.History;
using Mlops.Model.Training.Monitoring.Issues;

namespace Mlops.Build.Integrations.GitHub;

/// <summary>
/// The monitoring's regression issues on GitHub: found by their hidden markers among the open issues labelled
/// model-regression, created through <see cref="IssueTracker"/> (look before create, so a retried create never files
/// a second issue), commented (each comment marked by its content, so a retried comment is posted once), retitled and
/// closed as completed. The labels are looked up once per run. The N-of-M history and the last reported breached
/// checks are read from the body and the comments.
/// </summary>
public sealed class GitHubRegressionIssues(IGitHubClient client) : IRegressionIssues
{
    private static readonly Dictionary<string, NewLabel> KnownLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        [IssueText.RegressionLabel] = new(IssueText.RegressionLabel, "b60205", "The scheduled monitoring found a model regression"),
        [IssueText.DriftLabel] = new(IssueText.DriftLabel, "fbca04", "The input data drifted away from the training data"),
    };

    private readonly IssueTracker tracker = new(client);

    public async Task<IReadOnlyList<RegressionIssue>> FindOpenAsync(IssueMarker marker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(marker);
        var open = await client.ListIssuesAsync(new IssueQuery(IssueStateFilter.Open, [IssueText.RegressionLabel]), cancellationToken);
        var found = new List<RegressionIssue>();
        foreach (var issue in open.Where(i => !i.IsPullRequest && marker.IsIn(i.Body)))
        {
            found.Add(await WithHistoryAsync(issue, cancellationToken));
        }

        return found;
    }

    public Task EnsureLabelsAsync(IReadOnlyList<string> labels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return tracker.EnsureLabelsAsync(labels.Select(name => KnownLabels.GetValueOrDefault(name) ?? new NewLabel(name)), cancellationToken);
    }

    public async Task<RegressionIssue> CreateAsync(
        IssueMarker fingerprint, string title, string body, IReadOnlyList<string> labels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        var filing = await tracker.FindOrCreateAsync(new HiddenMarker(fingerprint.Key, fingerprint.Value), new NewIssue(title, body, labels), cancellationToken);
        return await WithHistoryAsync(filing.Issue, cancellationToken);
    }

    public Task CommentAsync(int number, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        return tracker.AddCommentOnceAsync(number, CommentMarker(body), body, cancellationToken);
    }

    public Task RetitleAsync(int number, string title, CancellationToken cancellationToken = default) =>
        client.UpdateIssueAsync(number, new IssueUpdate { Title = title }, cancellationToken);

    public Task CloseAsync(int number, CancellationToken cancellationToken = default) =>
        client.UpdateIssueAsync(number, IssueUpdate.Close(IssueStateReason.Completed), cancellationToken);

    // A run's comment holds its batch, figures and history, so its content names it: the same text is the same comment.
    private static HiddenMarker CommentMarker(string body) => new("comment", Checksums.Sha256(Encoding.UTF8.GetBytes(body))[..16]);

    private async Task<RegressionIssue> WithHistoryAsync(GitHubIssue issue, CancellationToken cancellationToken)
    {
        var comments = await client.ListCommentsAsync(issue.Number, cancellationToken);
        var thread = string.Join('\n', comments.Select(c => c.Body).Prepend(issue.Body));
        return new RegressionIssue(issue.Number, issue.Title, issue.Body ?? string.Empty, issue.HtmlUrl, VerdictHistory.Parse(thread)) { Checks = CheckSetMarker.Parse(thread) };
    }
}
