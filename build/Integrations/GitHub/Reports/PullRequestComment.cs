using System.Globalization;
using System.Text;
using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Gating;

namespace Mlops.Build.Integrations.GitHub.Reports;

/// <summary>The pull-request comment: the verdict, the gate table, the challenger against the champion, the links.</summary>
public static class PullRequestComment
{
    public static string Render(GateOutcome outcome, ReportSource source)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(source);
        var text = new StringBuilder();
        AppendVerdict(text, outcome, source);
        AppendGateTable(text, outcome);
        AppendDeltas(text, outcome);
        AppendLinks(text, source);
        return text.ToString();
    }

    private static void AppendVerdict(StringBuilder text, GateOutcome outcome, ReportSource source)
    {
        var gate = outcome.Gate;
        Line(text, $"## Model gate: {Headline(outcome)}");
        text.AppendLine();
        var against = gate.ChampionVersion is { } champion ? $"against the champion **{champion}**" : "with no champion on the feed (first model)";
        Line(text, $"Challenger **{source.Version}** (commit `{source.ShortCommit}`) {against}; gate mode `{gate.Mode}`.");
        if (gate.OverrideReason is { } reason)
        {
            text.AppendLine();
            Line(text, $"Let through by an explicit override: {reason}");
        }

        text.AppendLine();
    }

    private static string Headline(GateOutcome outcome) => outcome.Status switch
    {
        GateStatus.Passed => "✅ passed",
        GateStatus.FirstModel => "✅ passed (first model)",
        GateStatus.Overridden => "⚠️ failed, overridden",
        _ => outcome.IsDryRun ? "❌ failed (dry run: the build goes on)" : "❌ failed",
    };

    // The table is the gate's own Markdown, so the comment and gate.md never disagree.
    private static void AppendGateTable(StringBuilder text, GateOutcome outcome)
    {
        var gate = outcome.Gate;
        var checks = gate.Checks.Select(check => new GateCheck(check.Check, check.Value, check.Bound, check.Passed)).ToList();
        text.AppendLine("### Gate");
        text.AppendLine();
        text.AppendLine(new GateReport(checks, gate.ChampionVersion).ToMarkdown());
    }

    private static void AppendDeltas(StringBuilder text, GateOutcome outcome)
    {
        if (outcome.Deltas.Count == 0 || outcome.Gate.ChampionVersion is not { } champion)
        {
            return;
        }

        Line(text, $"### Challenger against the champion {champion}");
        text.AppendLine();
        text.AppendLine("| metric | challenger | champion | difference [interval] | better is |");
        text.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var delta in outcome.Deltas)
        {
            var better = MetricNames.LowerIsBetter(delta.Metric) ? "lower" : "higher";
            Line(text, $"| {delta.Metric} | {Number(delta.ChallengerValue)} | {Number(delta.ChampionValue)} | {Signed(delta.Delta)} [{Signed(delta.Lower)}, {Signed(delta.Upper)}] | {better} |");
        }

        text.AppendLine();
        text.AppendLine("Differences are challenger − champion on the same test rows, with the paired bootstrap interval.");
        text.AppendLine();
    }

    private static void AppendLinks(StringBuilder text, ReportSource source)
    {
        text.AppendLine("### Artifacts");
        text.AppendLine();
        text.AppendLine(source.RunUrl is { } run
            ? $"[Workflow run]({run}) · [artifacts]({source.ArtifactsUrl}): the gate result (`model/gate.md`, `model/gate.json`), the model card and the test results."
            : "A local run: the gate result is in `artifacts/model/` on the machine that ran it.");
        text.AppendLine();
        Line(text, $"<sub>This comment is updated on every push; last for commit `{source.ShortCommit}`.</sub>");
    }

    private static string Number(double value) =>
        double.IsNaN(value) ? "n/a" : value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Signed(double value) =>
        double.IsNaN(value) ? "n/a" : value.ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
