using System.Globalization;
using System.Text;
using Mlops.Model.History.Queries;
using Mlops.Model.History.Records;

namespace Mlops.Build.RunHistory;

/// <summary>The History target's table for people: versions with test metrics, the last monitor runs, deployments, recent runs.</summary>
public static class HistoryTable
{
    private static readonly string[] Headline = ["roc_auc", "pr_auc", "f1", "brier"];

    public static string Render(ModelHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run history of {history.ModelId} ({history.Store})");
        if (history.Runs.Count == 0 && history.Versions.Count == 0 && history.MonitorRuns.Count == 0)
        {
            return text.AppendLine("Nothing recorded yet: ./build.sh --target=Release records the first run.").ToString();
        }

        Section(text, "Versions (held-out test split, 95 % intervals; the newest evaluation of each)",
            ["version", "evaluated (UTC)", "commit", "gate", .. Headline],
            history.Versions.Select(v => (IReadOnlyList<string>)[v.Version, Time(v.EvaluatedAt), Short(v.Commit), v.GateStatus ?? "not gated", .. Headline.Select(m => Interval(v.Metrics, m))]));
        Section(text, $"Last {history.MonitorRuns.Count} monitor runs",
            ["checked (UTC)", "batch", "model", "verdict", "rows", "metrics [95 % interval] (bound)", "breached checks"],
            history.MonitorRuns.Select(r => (IReadOnlyList<string>)[Time(r.At), r.Batch, r.ModelVersion, r.Verdict, r.Rows?.ToString(CultureInfo.InvariantCulture) ?? "-",
                string.Join("; ", r.Metrics.Select(m => $"{m.Metric} {Interval(m)}{Bound(m)}")), r.Breached.Count == 0 ? "-" : string.Join(", ", r.Breached)]));
        Section(text, "Deployments",
            ["deployed (UTC)", "environment", "version", "provider", "commit"],
            history.Deployments.Select(d => (IReadOnlyList<string>)[Time(d.At), d.Environment, d.Version, d.Target, Short(d.Commit)]));
        Section(text, $"Last {history.Runs.Count} runs (step timings in seconds)",
            ["started (UTC)", "target", "version", "outcome", "steps"],
            history.Runs.Select(r => (IReadOnlyList<string>)[Time(r.StartedAt), r.Target, r.Version, r.Outcome ?? "unfinished",
                string.Join(" ", r.Steps.Where(s => s.Outcome != StepOutcome.Skipped).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Step} {s.Duration.TotalSeconds:0.0}{(s.Outcome == StepOutcome.Failed ? " FAILED" : string.Empty)}")))]));
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.Prepend(header).ToList();
        text.AppendLine().AppendLine(title);
        if (all.Count == 1)
        {
            text.AppendLine("  (none)");
            return;
        }

        var widths = header.Select((_, column) => all.Max(row => row[column].Length)).ToList();
        foreach (var row in all)
        {
            text.AppendLine("  " + string.Join("  ", row.Select((cell, column) => column == row.Count - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd());
        }
    }

    private static string Interval(IReadOnlyList<MetricValue> metrics, string name) =>
        metrics.FirstOrDefault(m => m.Metric == name) is { } metric ? Interval(metric) : "-";

    private static string Interval(MetricValue metric) =>
        string.Create(CultureInfo.InvariantCulture, $"{Number(metric.Value)} [{Number(metric.Lower)}, {Number(metric.Upper)}]");

    private static string Bound(MetricValue metric) => (metric.LimitMin, metric.LimitMax) switch
    {
        ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $" ({Number(min)}..{Number(max)})"),
        ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $" (≥ {Number(min)})"),
        (null, { } max) => string.Create(CultureInfo.InvariantCulture, $" (≤ {Number(max)})"),
        _ => string.Empty,
    };

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Short(string commit) => commit.Length > 8 ? commit[..8] : commit;
}
