using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.Checks;
using Mlops.Model.Training.Monitoring.History;
using Mlops.Model.Training.Monitoring.Issues;

namespace Mlops.Integrations.Tests.Monitoring;

/// <summary>
/// Verdicts as the engine returns them (the engine itself is tested on generated batches in Model.Tests): here only
/// what the issue lifecycle reads matters — the status and which checks breached.
/// </summary>
internal static class MonitorResults
{
    public static readonly MonitorRun Run = new("Mlops.ChurnModel", "1.4.0", "2026-11-22.csv", "ab12", "c0ffee", "https://github.com/octo-org/model-repo/actions/runs/7", DateTimeOffset.UnixEpoch);

    /// <summary>One monitoring run of <see cref="Run"/> with the result: every breach alerts, no local history.</summary>
    public static Task<LifecycleOutcome> ApplyAsync(RegressionIssueLifecycle lifecycle, MonitorResult result) =>
        lifecycle.ApplyAsync(Run, result, AlertRule.EveryBreach, CloseRule.FirstHealthy, VerdictHistory.Empty);

    public static MonitorResult Healthy() => Result(MonitorStatus.Healthy, breached: []);

    public static MonitorResult Shifted() => Result(MonitorStatus.Breach, breached: [CheckNames.Drift("tenure_months"), CheckNames.PredictionDrift]);

    /// <summary>A breach with another set of checks than <see cref="Shifted"/>: the predictions drift and a column lost its values.</summary>
    public static MonitorResult Changed() => Result(MonitorStatus.Breach, breached: [CheckNames.PredictionDrift, CheckNames.Missing("monthly_charges")]);

    public static MonitorResult TooFewRows() => new(MonitorStatus.InsufficientData, 40, [], [], [], double.NaN, ["40 rows, fewer than the spec's minimumRows of 200"]);

    private static MonitorResult Result(MonitorStatus status, string[] breached)
    {
        List<MonitorCheck> checks =
        [
            new(CheckNames.Metric("roc_auc"), CheckArea.Metric, "0.84 [0.81, 0.87]", "roc_auc ≥ 0.75", CheckStatus.Pass),
            new(CheckNames.Drift("tenure_months"), CheckArea.Drift, "PSI 0.31", "PSI ≤ 0.2", breached.Contains(CheckNames.Drift("tenure_months")) ? CheckStatus.Breach : CheckStatus.Pass),
            new(CheckNames.PredictionDrift, CheckArea.Prediction, "PSI 0.22", "PSI ≤ 0.2", breached.Contains(CheckNames.PredictionDrift) ? CheckStatus.Breach : CheckStatus.Pass),
            new(CheckNames.Missing("monthly_charges"), CheckArea.Quality, "31 %", "≤ training 0 % + 5 %", breached.Contains(CheckNames.Missing("monthly_charges")) ? CheckStatus.Breach : CheckStatus.Pass),
        ];
        return new MonitorResult(status, 1000, checks, [], [], breached.Length / 16.0, []);
    }
}
