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
    public async Task A_printed_run_marks_the_issue_as_not_filed()
    {
        var printed = new List<string>();
        var lifecycle = new RegressionIssueLifecycle(new PrintedRegressionIssues(printed.Add, "--dry-run-issues"));
        var result = world.Evaluate(1000, 307, TenureShift);

        var outcome = await lifecycle.ApplyAsync(RunFacts(), result, AlertRule.EveryBreach, CloseRule.FirstHealthy, VerdictHistory.Empty);

        Assert.Contains(printed, text => text.StartsWith("===== NOT FILED (--dry-run-issues): issue \"Model regression:", StringComparison.Ordinal));
        Assert.StartsWith("Would open an issue (printed above, NOT FILED): Model regression:", outcome.Message, StringComparison.Ordinal);
    }

    private async Task<LifecycleOutcome> Run(int seed, ChurnShift? shift = null, int rows = 1000, AlertRule? rule = null, VerdictHistory? history = null)
    {
        var result = world.Evaluate(rows, seed, shift);
        return await new RegressionIssueLifecycle(issues).ApplyAsync(RunFacts(), result, rule ?? AlertRule.EveryBreach, CloseRule.FirstHealthy, history ?? VerdictHistory.Empty);
    }

    private static MonitorRun RunFacts() =>
        new("Mlops.ChurnModel", "1.2.3", "batch.csv", "ff00", "abc123", "https://github.com/o/r/actions/runs/9", DateTimeOffset.UnixEpoch);
}
