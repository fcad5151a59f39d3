using Mlops.Build.RunHistory;
using Mlops.Model.History.Queries;
using Mlops.Model.History.Records;

namespace Mlops.Build.Tests.RunHistory;

public sealed class HistoryTableTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 8, 5, 0, TimeSpan.Zero);

    [Fact]
    public void Shows_versions_with_intervals_and_monitor_runs_with_bounds_and_breached_checks()
    {
        var history = new ModelHistory(
            "churn",
            "SQLite file h.db",
            [new VersionHistory("1.0.0", "0123456789abcdef", At, null, [new MetricValue("roc_auc", 0.8512, 0.8301, 0.8733)], "passed", null)],
            [new MonitorRunHistory(At.AddDays(1), "week-3.csv", "1.0.0", "BREACH", 400, "c0ffee", null,
                [new MetricValue("roc_auc", 0.66, 0.61, 0.69, 0.7)], ["drift:tenure_months", "metric:roc_auc"], [])],
            [new DeploymentHistory("production", "1.0.0", At, "Railway", "0123456789abcdef", null)],
            []);

        var lines = HistoryTable.Render(history).Split('\n');

        Assert.Contains(lines, l => l.Contains("1.0.0", StringComparison.Ordinal) && l.Contains("01234567  passed", StringComparison.Ordinal) && l.Contains("0.851 [0.830, 0.873]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("week-3.csv", StringComparison.Ordinal) && l.Contains("roc_auc 0.660 [0.610, 0.690] (≥ 0.700)", StringComparison.Ordinal)
            && l.EndsWith("drift:tenure_months, metric:roc_auc", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("production", StringComparison.Ordinal) && l.Contains("Railway", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_history_says_how_to_record_the_first_run()
    {
        var text = HistoryTable.Render(ModelHistory.Empty("churn", "SQLite file h.db"));

        Assert.Contains("Nothing recorded yet", text, StringComparison.Ordinal);
    }
}
