namespace Mlops.Build.Integrations.GitHub.Reports;

/// <summary>
/// Posts the gate's verdict on a pull request: one comment (found again by its hidden marker and updated on every
/// push, never a second one) and the model-gate commit status on the head commit.
/// </summary>
public sealed class PullRequestReporter(IGitHubClient client)
{
    public static readonly HiddenMarker Marker = new("report", "pull-request");

    public async Task<PullRequestReportResult> PostAsync(int pullRequest, GateOutcome outcome, ReportSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(source);
        var body = PullRequestComment.Render(outcome, source);
        var comment = await new IssueTracker(client).UpsertCommentAsync(pullRequest, Marker, body, cancellationToken);
        // A status sent twice is harmless (GitHub shows the newest per context), so there is nothing to look for first.
        var status = await client.CreateOnceAsync(
            $"POST the {GateStatusLine.Context} status",
            token => client.CreateCommitStatusAsync(source.Commit, GateStatusLine.For(outcome, source.RunUrl), token),
            _ => Task.FromResult<GitHubCommitStatus?>(null),
            cancellationToken);
        return new PullRequestReportResult(comment, status);
    }
}
