namespace Mlops.Model.Training.Monitoring.Reporting;

/// <summary>Writes report.md and report.html of a run.</summary>
public static class ReportFiles
{
    public const string Markdown = "report.md";
    public const string Html = "report.html";

    /// <summary>The name .github/workflows/monitor.yml uploads artifacts/ under.</summary>
    public const string ArtifactName = "monitor-report";

    /// <summary>Each batch's report gets a folder of its own, named after the batch file.</summary>
    public static string FolderOf(string batchName) => Path.GetFileNameWithoutExtension(batchName);

    public static void Write(string directory, MonitorRun run, MonitorResult result)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, Markdown), MonitorMarkdown.Report(run, result));
        File.WriteAllText(Path.Combine(directory, Html), MonitorHtml.Render(run, result));
    }
}
