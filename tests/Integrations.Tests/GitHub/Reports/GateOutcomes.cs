using Mlops.Build.Integrations.GitHub.Reports;
using Mlops.Model.Cards;
using Mlops.Model.Training.Evaluation;

namespace Mlops.Integrations.Tests.GitHub.Reports;

/// <summary>Gate results as the Gate task records them: a pass against a champion, a failure, a first model.</summary>
internal static class GateOutcomes
{
    public const string Champion = "0.3.0";

    public static GateOutcome Passed(double f1 = 0.71) => new(
        new GateRecord("passed", "enabled", ChampionVersion: Champion, Checks:
        [
            new GateRecordCheck("f1", $"{f1} [0.68, 0.74]", "f1 ≥ 0.7", true),
            new GateRecordCheck($"f1 vs champion {Champion} (0.7)", "+0.01 [-0.02, +0.04]", "interval not all below -0.01", true),
        ]),
        [new MetricDifference("f1", f1, 0.70, f1 - 0.70, -0.02, 0.04), new MetricDifference("log_loss", 0.41, 0.43, -0.02, -0.05, 0.01)]);

    public static GateOutcome Failed(string mode = "enabled") => new(
        new GateRecord("failed", mode, ChampionVersion: Champion, Checks:
        [
            new GateRecordCheck("f1", "0.64 [0.6, 0.68]", "f1 ≥ 0.7", false),
            new GateRecordCheck($"f1 vs champion {Champion} (0.7)", "-0.06 [-0.09, -0.03]", "interval not all below -0.01", false),
            new GateRecordCheck("roc_auc", "0.81 [0.78, 0.84]", "roc_auc ≥ 0.75", true),
        ]),
        [new MetricDifference("f1", 0.64, 0.70, -0.06, -0.09, -0.03)]);

    public static GateOutcome FirstModel() => new(
        new GateRecord("first_model", "enabled", [new GateRecordCheck("f1", "0.71 [0.68, 0.74]", "f1 ≥ 0.7", true)]),
        []);

    public static ReportSource Source(string commit = "0123456789abcdef0123", string? runUrl = "https://github.com/octo-org/model-repo/actions/runs/77") =>
        new("0.4.0-ci.12", commit, runUrl);
}
