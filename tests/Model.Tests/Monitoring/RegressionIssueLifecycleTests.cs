using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.History;
using Mlops.Model.Training.Monitoring.Issues;

namespace Mlops.Model.Tests.Monitoring;

public sealed class RegressionIssueLifecycleTests(MonitoringWorld world) : IClassFixture<MonitoringWorld>
{
    private static readonly ChurnShift TenureShift = new() { CovariateShift = new Dictionary<string, double> { [ChurnColumns.TenureMonths] = 1.0 } };

    private readonly FakeRegressionIssues issues = new();

    [Fact]
    public async Task No_shift_opens_no_issue()
    {
        var outcome = await Run(seed: 301);

        Assert.Equal(LifecycleAction.Nothing, outcome.Action);
        Assert.Empty(issues.Issues);
    }

    [Fact]
    public async Task A_shift_opens_one_issue_the_same_shift_comments_and_recovery_closes_it()
    {
        var opened = await Run(seed: 302, TenureShift);
        var issue = Assert.Single(issues.Issues);
        Assert.Equal(LifecycleAction.Opened, opened.Action);
        Assert.Contains("Mlops.ChurnModel 1.2.3", issue.Title, StringComparison.Ordinal);
        Assert.Contains("drift:tenure_months", issue.Title, StringComparison.Ordinal);
        Assert.Equal([IssueText.RegressionLabel, IssueText.DriftLabel], issue.Labels);
        Assert.Contains("abc123", issue.Body, StringComparison.Ordinal);
        Assert.Contains("https://github.com/o/r/actions/runs/9", issue.Body, StringComparison.Ordinal);
        Assert.Contains("<!-- mlops:regression=", issue.Body, StringComparison.Ordinal);
        Assert.Contains("- report (tables, what to look at, pictures of reference vs batch): [report.html](https://github.com/o/r/actions/runs/9#artifacts)", issue.Body, StringComparison.Ordinal);
        Assert.Contains("### What to look at", issue.Body, StringComparison.Ordinal);
        Assert.Contains("- `drift:tenure_months`: column `tenure_months`: mean ", issue.Body, StringComparison.Ordinal);

        var repeated = await Run(seed: 302, TenureShift);
        Assert.Equal(LifecycleAction.Commented, repeated.Action);
        Assert.Single(issues.Issues);
        Assert.Single(issue.Comments);
        Assert.Equal([true, true], repeated.History.Breaches);

        var recovered = await Run(seed: 303);
        Assert.Equal(LifecycleAction.Closed, recovered.Action);
        Assert.False(issue.Open);
        Assert.Equal("completed", issue.StateReason);
        Assert.Contains("Healthy again", issue.Comments[^1], StringComparison.Ordinal);
        Assert.Single(issues.Issues);
    }

    [Fact]
    public async Task Too_few_rows_is_insufficient_data_and_files_nothing()
    {
        var outcome = await Run(seed: 304, TenureShift, rows: 50);

        Assert.Equal(LifecycleAction.Nothing, outcome.Action);
        Assert.Contains("Insufficient data", outcome.Message, StringComparison.Ordinal);
        Assert.Empty(issues.Issues);
        Assert.Empty(outcome.History.Breaches);
    }

    [Fact]
    public async Task Two_of_three_waits_for_the_second_breach_counting_the_local_history()
    {
        var rule = new AlertRule(2, 3);

        var first = await Run(seed: 305, TenureShift, rule: rule);
        Assert.Equal(LifecycleAction.Pending, first.Action);
        Assert.Empty(issues.Issues);

        var healthy = await Run(seed: 306, rule: rule, history: first.History);
        var second = await Run(seed: 305, TenureShift, rule: rule, history: healthy.History);

        Assert.Equal(LifecycleAction.Opened, second.Action);
        Assert.Contains("<!-- mlops:history=B,H,B -->", Assert.Single(issues.Issues).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_different_set_of_breaches_updates_the_one_open_issue_saying_what_changed()
    {
        var loginShift = new ChurnShift { CovariateShift = new Dictionary<string, double> { [ChurnColumns.DaysSinceLastLogin] = 1.0 } };
        await Run(seed: 308, TenureShift);

        var changed = await Run(seed: 309, loginShift);

        var issue = Assert.Single(issues.Issues);
        Assert.Equal(LifecycleAction.Commented, changed.Action);
        Assert.Contains("drift:days_since_last_login", issue.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("drift:tenure_months", issue.Title, StringComparison.Ordinal);
        var comment = Assert.Single(issue.Comments);
        Assert.Contains("Newly breached: `drift:days_since_last_login`", comment, StringComparison.Ordinal);
        Assert.Contains("No longer breached: `drift:tenure_months`", comment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_waits_for_the_specs_close_rule_as_opening_does()
    {
        var close = new CloseRule(2, 3);
        await Run(seed: 310, TenureShift, close: close);
        var issue = Assert.Single(issues.Issues);

        var first = await Run(seed: 311, close: close);
        Assert.Equal(LifecycleAction.Recovering, first.Action);
        Assert.True(issue.Open);
        Assert.Contains("stays open: 1 healthy run(s) in the last 3", issue.Comments[^1], StringComparison.Ordinal);

        var second = await Run(seed: 312, close: close);
        Assert.Equal(LifecycleAction.Closed, second.Action);
        Assert.False(issue.Open);
    }

    [Fact]
    public async Task A_printed_run_marks_the_issue_as_not_filed()
    {
        var printed = new List<string>();
        var lifecycle = new RegressionIssueLifecycle(new PrintedRegressionIssues(printed.Add, "--dry-run-issues"));
        var result = world.Evaluate(1000, 307, TenureShift);

        var outcome = await lifecycle.ApplyAsync(RunFacts(), result, AlertRule.EveryBreach, CloseRule.FirstHealthy, VerdictHistory.Empty);

        Assert.Contains(printed, text => text.StartsWith("===== NOT FILED (--dry-run-issues): issue \"Model regression:", StringComparison.Ordinal));
        Assert.StartsWith("Would open an issue (printed above, NOT FILED): Model regression:", outcome.Message, StringComparison.Ordinal);
    }

    private async Task<LifecycleOutcome> Run(int seed, ChurnShift? shift = null, int rows = 1000, AlertRule? rule = null, VerdictHistory? history = null, CloseRule? close = null)
    {
        var result = world.Evaluate(rows, seed, shift);
        return await new RegressionIssueLifecycle(issues).ApplyAsync(RunFacts(), result, rule ?? AlertRule.EveryBreach, close ?? CloseRule.FirstHealthy, history ?? VerdictHistory.Empty);
    }

    private static MonitorRun RunFacts() =>
        new("Mlops.ChurnModel", "1.2.3", "batch.csv", "ff00", "abc123", "https://github.com/o/r/actions/runs/9", DateTimeOffset.UnixEpoch)
        {
            Report = "[report.html](https://github.com/o/r/actions/runs/9#artifacts): artifact `monitor-report`, file `monitor/batch/report.html`",
        };
}
