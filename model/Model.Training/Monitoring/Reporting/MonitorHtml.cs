using System.Globalization;
using System.Net;
using System.Text;
using Mlops.Model.Training.Monitoring.Checks;
using Mlops.Model.Training.Reporting.Charts;

namespace Mlops.Model.Training.Monitoring.Reporting;

/// <summary>report.html: the same tables as report.md, plus bar charts of the drift per feature and of the metrics.</summary>
public static class MonitorHtml
{
    public static string Render(MonitorRun run, MonitorResult result)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(result);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>Monitoring {Encode(run.ModelId)} {Encode(run.ModelVersion)}</title>");
        html.Append("<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}.BREACH{color:#b00;font-weight:bold}</style>");
        html.Append("</head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Monitoring: {Encode(run.ModelId)} {Encode(run.ModelVersion)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p><strong class=\"{MonitorMarkdown.Verdict(result.Status)}\">Verdict: {MonitorMarkdown.Verdict(result.Status)}</strong> on {result.Rows} rows of <code>{Encode(run.BatchName)}</code>; commit {Encode(run.Commit)}; data SHA-256 <code>{Encode(run.DataFingerprint)}</code>.</p>");
        html.Append(string.Concat(result.Notes.Select(note => $"<p>{Encode(note)}</p>")));
        AppendFindings(html, Findings.Of(result));
        AppendCharts(html, result);
        html.Append("<h2>Checks</h2>").Append(ChecksTable(result.Checks));
        return html.Append("</body></html>\n").ToString();
    }

    private static void AppendCharts(StringBuilder html, MonitorResult result)
    {
        if (result.Metrics.Count > 0)
        {
            var metrics = result.Metrics.Select(m => new Bar(m.Bound.Metric, m.Estimate.Value, m.Breached, m.Estimate.Lower, m.Estimate.Upper)).ToList();
            html.Append("<h2>Metrics (bar: value on the batch, whisker: 95 % interval)</h2>");
            html.Append(SvgBars.Render(metrics, null, metrics.Max(b => double.IsFinite(b.Upper ?? b.Value) ? b.Upper ?? b.Value : 0)));
        }

        if (result.Drift.Count > 0)
        {
            var psi = result.Drift.Select(d => new Bar(d.Feature, d.Psi, d.Drifted)).ToList();
            html.Append("<h2>Drift per feature (PSI on the training bins; red: drifted by PSI or its test)</h2>");
            html.Append(SvgBars.Render(psi, result.Drift[0].PsiLimit, psi.Max(b => double.IsFinite(b.Value) ? b.Value : 0)));
        }
    }

    private static void AppendFindings(StringBuilder html, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        html.Append("<h2>What to look at</h2><ul>");
        foreach (var finding in findings)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><code>{Encode(finding.Check)}</code>: {Encode(finding.WhatToLookAt.Replace("`", string.Empty, StringComparison.Ordinal))}");
            html.Append(finding.Picture is { } picture ? $"<br>{SvgComparison.Render(picture)}" : string.Empty).Append("</li>");
        }

        html.Append("</ul>");
    }

    private static string ChecksTable(IEnumerable<MonitorCheck> checks)
    {
        var table = new StringBuilder("<table><tr><th>check</th><th>value [95 % interval]</th><th>bound</th><th>verdict</th></tr>");
        foreach (var check in checks)
        {
            var verdict = check.Note is null ? check.Verdict : $"{check.Verdict}: {check.Note}";
            table.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Encode(check.Name)}</td><td>{Encode(check.Value)}</td><td>{Encode(check.Bound)}</td><td class=\"{check.Verdict}\">{Encode(verdict)}</td></tr>");
        }

        return table.Append("</table>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
