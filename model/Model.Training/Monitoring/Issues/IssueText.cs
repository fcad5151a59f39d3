using System.Globalization;
using System.Text;
using Mlops.Model.Training.Monitoring.History;
using Mlops.Model.Training.Monitoring.Reporting;

namespace Mlops.Model.Training.Monitoring.Issues;

/// <summary>Titles, labels, bodies and comments of regression issues.</summary>
public static class IssueText
{
    public const string RegressionLabel = "model-regression";
    public const string DriftLabel = "data-drift";

    /// <summary>GitHub allows 256 characters in a title; a long list of checks is cut with a count of the rest.</summary>
    private const int TitleChecks = 4;

    public static IReadOnlyList<string> Labels(MonitorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.HasDrift ? [RegressionLabel, DriftLabel] : [RegressionLabel];
    }

    public static string Title(MonitorRun run, MonitorResult result)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(result);
        var breached = result.BreachedChecks;
        var shown = string.Join(", ", breached.Take(TitleChecks));
        var more = breached.Count > TitleChecks ? $" (+{breached.Count - TitleChecks} more)" : string.Empty;
        return $"Model regression: {run.ModelId} {run.ModelVersion}: {shown}{more}";
    }

    public static string Opening(MonitorRun run, MonitorResult result, AlertDecision decision, VerdictHistory history)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(result);
        var body = new StringBuilder();
        body.AppendLine(CultureInfo.InvariantCulture, $"The scheduled check of **{run.ModelId} {run.ModelVersion}** breached ({decision}).").AppendLine();
        body.Append(Figures(run, result));
        body.AppendLine().AppendLine(IssueMarker.ForModel(run.ModelId).Text);
        body.AppendLine(IssueMarker.ForBreach(run.ModelId, result.BreachedChecks).Text);
        body.AppendLine(CheckSetMarker.For(result.BreachedChecks));
        return body.AppendLine(history.Marker).ToString();
    }

    public static string Repeated(MonitorRun run, MonitorResult result, VerdictHistory history) =>
        BreachComment("The same breach again.", run, result, history);

    /// <summary>A breach with a different set of checks than the issue last reported: what appeared, what cleared.</summary>
    public static string Changed(MonitorRun run, MonitorResult result, IReadOnlyList<string> appeared, IReadOnlyList<string> cleared, VerdictHistory history)
    {
        ArgumentNullException.ThrowIfNull(appeared);
        ArgumentNullException.ThrowIfNull(cleared);
        var headline = new StringBuilder("The breached checks changed.");
        if (appeared.Count > 0)
        {
            headline.Append(CultureInfo.InvariantCulture, $" Newly breached: {Names(appeared)}.");
        }

        if (cleared.Count > 0)
        {
            headline.Append(CultureInfo.InvariantCulture, $" No longer breached: {Names(cleared)}.");
        }

        return BreachComment(headline.ToString(), run, result, history);
    }

    public static string StillOpen(MonitorRun run, MonitorResult result, CloseDecision decision, VerdictHistory history) =>
        Comment($"Healthy this time, but the issue stays open: {decision}.", run, result, history);

    public static string Recovered(MonitorRun run, MonitorResult result, CloseDecision decision, VerdictHistory history) =>
        Comment($"Healthy again ({decision}), so this issue is closed.", run, result, history);

    private static string BreachComment(string headline, MonitorRun run, MonitorResult result, VerdictHistory history) =>
        $"{headline}\n\n{Figures(run, result)}\n{CheckSetMarker.For(result.BreachedChecks)}\n{history.Marker}\n";

    private static string Comment(string headline, MonitorRun run, MonitorResult result, VerdictHistory history) =>
        $"{headline}\n\n{Figures(run, result)}\n{history.Marker}\n";

    private static string Names(IEnumerable<string> checks) => string.Join(", ", checks.Select(c => $"`{c}`"));

    private static string Figures(MonitorRun run, MonitorResult result)
    {
        var text = new StringBuilder(MonitorMarkdown.Summary(run, result));
        if (Findings.Of(result) is { Count: > 0 } findings)
        {
            text.AppendLine().AppendLine("### What to look at").AppendLine().Append(MonitorMarkdown.FindingsSection(findings));
        }

        text.AppendLine().AppendLine("### Checks").AppendLine().Append(MonitorMarkdown.ChecksTable(result.Checks));
        if (result.Drift.Count > 0)
        {
            text.AppendLine().AppendLine("### Drift per feature").AppendLine().Append(MonitorMarkdown.DriftTable(result.Drift));
        }

        return text.ToString();
    }
}
