using Mlops.Model.Training.Monitoring.History;

namespace Mlops.Model.Training.Monitoring.Issues;

/// <summary>
/// Opens, updates and closes regression issues: a breach opens one issue per fingerprint (model + breached checks),
/// the same breach again comments on it, a healthy run comments with its figures and closes every open issue of the
/// model. The N-of-M history is read from the newest open issue of the model, else from the caller's local copy.
/// </summary>
public sealed class RegressionIssueLifecycle(IRegressionIssues issues)
{
    public async Task<LifecycleOutcome> ApplyAsync(
        MonitorRun run, MonitorResult result, AlertRule rule, VerdictHistory localHistory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(result);
        var open = await issues.FindOpenAsync(IssueMarker.ForModel(run.ModelId), cancellationToken);
        var history = open.MaxBy(issue => issue.Number)?.History ?? localHistory;
        return result.Status switch
        {
            MonitorStatus.Healthy => await RecoverAsync(run, result, open, history.Append(false), cancellationToken),
            MonitorStatus.Breach => await BreachAsync(run, result, rule, open, history.Append(true), cancellationToken),
            _ => new LifecycleOutcome(LifecycleAction.Nothing, null, history, "Insufficient data: no issue opened, updated or closed."),
        };
    }

    private async Task<LifecycleOutcome> RecoverAsync(
        MonitorRun run, MonitorResult result, IReadOnlyList<RegressionIssue> open, VerdictHistory history, CancellationToken cancellationToken)
    {
        foreach (var issue in open)
        {
            await issues.CommentAsync(issue.Number, IssueText.Recovered(run, result, history), cancellationToken);
            await issues.CloseAsync(issue.Number, cancellationToken);
        }

        return open.Count == 0
            ? new LifecycleOutcome(LifecycleAction.Nothing, null, history, "Healthy; no open regression issue.")
            : new LifecycleOutcome(LifecycleAction.Closed, open[0].Number, history, $"Healthy again: closed {string.Join(", ", open.Select(i => $"#{i.Number}"))}.");
    }

    private async Task<LifecycleOutcome> BreachAsync(
        MonitorRun run, MonitorResult result, AlertRule rule, IReadOnlyList<RegressionIssue> open, VerdictHistory history, CancellationToken cancellationToken)
    {
        var fingerprint = IssueMarker.ForBreach(run.ModelId, result.BreachedChecks);
        if (open.FirstOrDefault(issue => fingerprint.IsIn(issue.Body)) is { } same)
        {
            await issues.CommentAsync(same.Number, IssueText.Repeated(run, result, history), cancellationToken);
            return new LifecycleOutcome(LifecycleAction.Commented, same.Number, history, $"The same breach again: commented on #{same.Number}.");
        }

        var decision = AlertDecision.Decide(history, rule);
        if (!decision.Alert)
        {
            return new LifecycleOutcome(LifecycleAction.Pending, null, history, $"Breach recorded but no issue yet: {decision}.");
        }

        var labels = IssueText.Labels(result);
        await issues.EnsureLabelsAsync(labels, cancellationToken);
        var created = await issues.CreateAsync(fingerprint, IssueText.Title(run, result), IssueText.Opening(run, result, decision, history), labels, cancellationToken);
        var message = created.Number == PrintedRegressionIssues.UnfiledNumber
            ? $"Would open an issue (printed above, NOT FILED): {IssueText.Title(run, result)}."
            : $"Opened #{created.Number}: {IssueText.Title(run, result)}.";
        return new LifecycleOutcome(LifecycleAction.Opened, created.Number, history, message);
    }
}
