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
        return body.AppendLine(history.Marker).ToString();
    }

    public static string Repeated(MonitorRun run, MonitorResult result, VerdictHistory history) =>
        Comment("The same breach again.", run, result, history);

    public static string Recovered(MonitorRun run, MonitorResult result, VerdictHistory history) =>
        Comment("Healthy again: every check passes, so this issue is closed.", run, result, history);

    private static string Comment(string headline, MonitorRun run, MonitorResult result, VerdictHistory history) =>
        $"{headline}\n\n{Figures(run, result)}\n{history.Marker}\n";

    private static string Figures(MonitorRun run, MonitorResult result)
    {
        var text = new StringBuilder(MonitorMarkdown.Summary(run, result));
        text.AppendLine().AppendLine("### Checks").AppendLine().Append(MonitorMarkdown.ChecksTable(result.Checks));
        if (result.Drift.Count > 0)
        {
            text.AppendLine().AppendLine("### Drift per feature").AppendLine().Append(MonitorMarkdown.DriftTable(result.Drift));
        }

        return text.ToString();
    }
}
