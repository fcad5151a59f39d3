using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.Reporting;

namespace Mlops.Model.Tests.Monitoring;

public sealed class MonitorReportTests(MonitoringWorld world) : IClassFixture<MonitoringWorld>
{
    private static readonly MonitorRun Run = new("Mlops.ChurnModel", "1.2.3", "batch.csv", "ff00", "abc123", null, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Report_files_hold_the_verdict_the_tables_and_self_contained_charts()
    {
        var shift = new ChurnShift { CovariateShift = new Dictionary<string, double> { [ChurnColumns.SupportCalls] = 1 } };
        var result = world.Evaluate(1000, 401, shift);
        var folder = Path.Combine(world.Folder, "report");

        ReportFiles.Write(folder, Run, result);

        var markdown = File.ReadAllText(Path.Combine(folder, ReportFiles.Markdown));
        var html = File.ReadAllText(Path.Combine(folder, ReportFiles.Html));
        Assert.Contains("**Verdict: BREACH**", markdown, StringComparison.Ordinal);
        Assert.Contains("| drift:support_calls |", markdown, StringComparison.Ordinal);
        Assert.Contains("## Drift per feature", markdown, StringComparison.Ordinal);
        Assert.Contains("## What to look at", markdown, StringComparison.Ordinal);
        Assert.Contains("- `drift:support_calls`: column `support_calls`: mean ", markdown, StringComparison.Ordinal);
        Assert.Contains("<h2>What to look at</h2>", html, StringComparison.Ordinal);
        Assert.Contains("■ training", html, StringComparison.Ordinal);
        Assert.True(html.Split("<svg", StringSplitOptions.None).Length - 1 >= 3, "the metric and PSI charts, and a picture per drifted feature");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_job_summary_section_holds_the_verdict_and_the_checks_that_matter()
    {
        var text = MonitorMarkdown.JobSummary(Run, world.Evaluate(500, 402));

        Assert.StartsWith($"## Monitoring: {Run.ModelId} {Run.ModelVersion}", text, StringComparison.Ordinal);
        Assert.Contains("**Verdict: healthy**", text, StringComparison.Ordinal);
        Assert.Contains("| metric:", text, StringComparison.Ordinal);
    }
}
