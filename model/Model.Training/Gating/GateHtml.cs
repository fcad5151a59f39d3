using System.Globalization;
using System.Net;
using System.Text;
using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Reporting.Charts;

namespace Mlops.Model.Training.Gating;

/// <summary>gate.html: the verdict, each metric's challenger and champion intervals drawn side by side, and every check.</summary>
public static class GateHtml
{
    public const string File = "gate.html";

    public static string Render(GateDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var report = decision.Report;
        var status = GateRecords.StatusName(decision.Status);
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Model gate</title>");
        html.Append("<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}.FAIL{color:#b00;font-weight:bold}figure{margin:0}</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Model gate: {Encode(status)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(report.HasChampion ? $"Challenger against the champion {report.ChampionVersion} on the same test rows." : "No champion on the feed: only the thresholds were checked.")}{(decision.OverrideReason is null ? string.Empty : $" Overridden with --force-gate: {Encode(decision.OverrideReason)}")}</p>");
        if (report.Intervals is { } intervals)
        {
            html.Append("<h2>Each metric with its 95 % bootstrap interval</h2>");
            html.Append(SvgCharts.Intervals("Challenger and champion intervals per metric", report.HasChampion ? ["challenger", $"champion {report.ChampionVersion}"] : ["challenger"], Rows(intervals)));
        }

        html.Append("<h2>Checks</h2><table><tr><th>check</th><th>value [95 % interval]</th><th>bound</th><th>verdict</th></tr>");
        foreach (var check in report.Checks)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(check.Check)}</td><td>{Encode(check.Value)}</td><td>{Encode(check.Bound)}</td><td class=\"{check.Verdict}\">{check.Verdict}</td></tr>");
        }

        return html.Append("</table></body></html>\n").ToString();
    }

    private static List<(string Label, IReadOnlyList<(double Value, double Lower, double Upper)?> Series)> Rows(GateIntervals intervals) =>
        [.. MetricNames.All.Where(intervals.Challenger.ContainsKey).Select(metric => (metric, (IReadOnlyList<(double, double, double)?>)
            (intervals.Champion is null ? [Of(intervals.Challenger[metric])] : [Of(intervals.Challenger[metric]), intervals.Champion.TryGetValue(metric, out var champion) ? Of(champion) : null])))];

    private static (double, double, double)? Of(MetricEstimate estimate) => (estimate.Value, estimate.Lower, estimate.Upper);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
