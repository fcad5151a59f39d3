namespace Mlops.Model.Training.Monitoring.Reporting;

/// <summary>Writes report.md and report.html of a run, and appends its summary to the GitHub Actions job summary.</summary>
public static class ReportFiles
{
    public const string Markdown = "report.md";
    public const string Html = "report.html";

    public static void Write(string directory, MonitorRun run, MonitorResult result)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, Markdown), MonitorMarkdown.Report(run, result));
        File.WriteAllText(Path.Combine(directory, Html), MonitorHtml.Render(run, result));
    }

    /// <summary>Appends (GitHub Actions may hold other steps' summaries in the same file) the verdict and the check table.</summary>
    public static void AppendJobSummary(string summaryFile, MonitorRun run, MonitorResult result)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(result);
        var summary = $"## Monitoring: {run.ModelId} {run.ModelVersion}\n\n{MonitorMarkdown.Summary(run, result)}\n{MonitorMarkdown.ChecksTable(result.Checks.Where(c => c.Status != Checks.CheckStatus.Pass || c.Area != Checks.CheckArea.Quality))}\n";
        File.AppendAllText(summaryFile, summary);
    }
}
