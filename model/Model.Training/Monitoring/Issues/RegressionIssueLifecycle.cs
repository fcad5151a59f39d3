using Mlops.Model.Training.Monitoring.History;

namespace Mlops.Model.Training.Monitoring.Issues;

/// <summary>
/// Keeps one open regression issue per model. A breach opens it when the spec's alert rule (N of the last M runs) is
/// met; while it is open, every breach comments with the current breaches (saying which checks appeared or cleared when
/// the set changed, and retitling the issue) and every healthy run comments too, until the spec's close rule (N healthy
/// of the last M) closes it. Insufficient data touches nothing. The N-of-M history is read from the open issue, else
/// from the caller's local copy.
/// </summary>
public sealed class RegressionIssueLifecycle(IRegressionIssues issues)
{
    public async Task<LifecycleOutcome> ApplyAsync(
        MonitorRun run, MonitorResult result, AlertRule alert, CloseRule close, VerdictHistory localHistory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(result);
        var open = await issues.FindOpenAsync(IssueMarker.ForModel(run.ModelId), cancellationToken);
        var current = open.MaxBy(issue => issue.Number);
        var history = current?.History ?? localHistory;
        return result.Status switch
        {
            MonitorStatus.Healthy when current is null => new LifecycleOutcome(LifecycleAction.Nothing, null, history.Append(false), "Healthy; no open regression issue."),
            MonitorStatus.Healthy => await HealthyAsync(run, result, close, open, history.Append(false), cancellationToken),
            MonitorStatus.Breach when current is not null => await UpdateAsync(run, result, current, history.Append(true), cancellationToken),
            MonitorStatus.Breach => await OpenAsync(run, result, alert, history.Append(true), cancellationToken),
            _ => new LifecycleOutcome(LifecycleAction.Nothing, null, history, "Insufficient data: no issue opened, updated or closed."),
        };
    }

    private async Task<LifecycleOutcome> HealthyAsync(
        MonitorRun run, MonitorResult result, CloseRule rule, IReadOnlyList<RegressionIssue> open, VerdictHistory history, CancellationToken cancellationToken)
    {
        var decision = CloseDecision.Decide(history, rule);
        var newest = open.MaxBy(issue => issue.Number)!;
        if (!decision.Close)
        {
            await issues.CommentAsync(newest.Number, IssueText.StillOpen(run, result, decision, history), cancellationToken);
            return new LifecycleOutcome(LifecycleAction.Recovering, newest.Number, history, $"Healthy, #{newest.Number} stays open: {decision}.");
        }

        foreach (var issue in open)
        {
            await issues.CommentAsync(issue.Number, IssueText.Recovered(run, result, decision, history), cancellationToken);
            await issues.CloseAsync(issue.Number, cancellationToken);
        }

        return new LifecycleOutcome(LifecycleAction.Closed, newest.Number, history, $"Healthy again ({decision}): closed {string.Join(", ", open.Select(i => $"#{i.Number}"))}.");
    }

    private async Task<LifecycleOutcome> UpdateAsync(
        MonitorRun run, MonitorResult result, RegressionIssue issue, VerdictHistory history, CancellationToken cancellationToken)
    {
        var appeared = result.BreachedChecks.Except(issue.Checks, StringComparer.Ordinal).ToList();
        var cleared = issue.Checks.Except(result.BreachedChecks, StringComparer.Ordinal).ToList();
        if (appeared.Count == 0 && cleared.Count == 0)
        {
            await issues.CommentAsync(issue.Number, IssueText.Repeated(run, result, history), cancellationToken);
            return new LifecycleOutcome(LifecycleAction.Commented, issue.Number, history, $"The same breach again: commented on #{issue.Number}.");
        }

        await issues.RetitleAsync(issue.Number, IssueText.Title(run, result), cancellationToken);
        await issues.CommentAsync(issue.Number, IssueText.Changed(run, result, appeared, cleared, history), cancellationToken);
        return new LifecycleOutcome(LifecycleAction.Commented, issue.Number, history, $"The breached checks changed: updated #{issue.Number}.");
    }

    private async Task<LifecycleOutcome> OpenAsync(MonitorRun run, MonitorResult result, AlertRule rule, VerdictHistory history, CancellationToken cancellationToken)
    {
        var decision = AlertDecision.Decide(history, rule);
        if (!decision.Alert)
        {
            return new LifecycleOutcome(LifecycleAction.Pending, null, history, $"Breach recorded but no issue yet: {decision}.");
        }

        var labels = IssueText.Labels(result);
        await issues.EnsureLabelsAsync(labels, cancellationToken);
        var fingerprint = IssueMarker.ForBreach(run.ModelId, result.BreachedChecks);
        var created = await issues.CreateAsync(fingerprint, IssueText.Title(run, result), IssueText.Opening(run, result, decision, history), labels, cancellationToken);
        var message = created.Number == PrintedRegressionIssues.UnfiledNumber
            ? $"Would open an issue (printed above, NOT FILED): {IssueText.Title(run, result)}."
            : $"Opened #{created.Number}: {IssueText.Title(run, result)}.";
        return new LifecycleOutcome(LifecycleAction.Opened, created.Number, history, message);
    }
}
