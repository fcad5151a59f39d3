using System.Globalization;
using System.Text;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Monitoring.Checks;

namespace Mlops.Model.Training.Monitoring.Reporting;

/// <summary>The Markdown of a run: report.md, the job summary and the issue body are built from these sections.</summary>
public static class MonitorMarkdown
{
    public static string Report(MonitorRun run, MonitorResult result)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Monitoring: {run.ModelId} {run.ModelVersion}");
        text.AppendLine();
        text.Append(Summary(run, result));
        text.AppendLine();
        text.AppendLine("## Checks");
        text.AppendLine();
        text.Append(ChecksTable(result.Checks));
        if (Findings.Of(result) is { Count: > 0 } findings)
        {
            text.AppendLine();
            text.AppendLine("## What to look at");
            text.AppendLine();
            text.Append(FindingsSection(findings));
        }

        if (result.Drift.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("## Drift per feature");
            text.AppendLine();
            text.Append(DriftTable(result.Drift));
        }

        return text.ToString();
    }

    /// <summary>The job summary's section for a run: the verdict and every check except quality checks that passed.</summary>
    public static string JobSummary(MonitorRun run, MonitorResult result)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(result);
        return $"## Monitoring: {run.ModelId} {run.ModelVersion}\n\n{Summary(run, result)}\n{ChecksTable(result.Checks.Where(c => c.Status != CheckStatus.Pass || c.Area != CheckArea.Quality))}\n";
    }

    /// <summary>The verdict, the breached checks and the facts of the run (commit, run link, data fingerprint).</summary>
    public static string Summary(MonitorRun run, MonitorResult result)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"**Verdict: {Verdict(result.Status)}** on {result.Rows} rows of `{run.BatchName}`.");
        if (result.BreachedChecks.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Breached: {string.Join(", ", result.BreachedChecks.Select(c => $"`{c}`"))}.");
        }

        foreach (var note in result.Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- model: {run.ModelId} {run.ModelVersion}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- commit: {run.Commit}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- run: {run.RunUrl ?? "local run"}");
        if (run.Report is { } report)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- report (tables, what to look at, pictures of reference vs batch): {report}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"- data fingerprint (SHA-256): `{run.DataFingerprint}`");
        text.AppendLine(CultureInfo.InvariantCulture, $"- checked at: {run.At.UtcDateTime.ToString("u", CultureInfo.InvariantCulture)}");
        return text.ToString();
    }

    public static string ChecksTable(IEnumerable<MonitorCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var text = new StringBuilder();
        text.AppendLine("| check | value [95 % interval] | bound | verdict |");
        text.AppendLine("| --- | --- | --- | --- |");
        foreach (var check in checks)
        {
            var verdict = check.Note is null ? check.Verdict : $"{check.Verdict}: {check.Note}";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {check.Name} | {Cell(check.Value)} | {Cell(check.Bound)} | {Cell(verdict)} |");
        }

        return text.ToString();
    }

    public static string DriftTable(IEnumerable<FeatureDrift> drift)
    {
        ArgumentNullException.ThrowIfNull(drift);
        var text = new StringBuilder();
        text.AppendLine("| feature | kind | test p-value | PSI | distance | change | drifted |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var feature in drift)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {feature.Feature} | {feature.Kind.ToString().ToLowerInvariant()} | {feature.Test} {Format.Number(feature.PValue)} | {Format.Number(feature.Psi)} | {feature.Distance} {Format.Number(feature.DistanceValue)} | {Cell(feature.Change)} | {(feature.Drifted ? "YES" : "no")} |");
        }

        return text.ToString();
    }

    /// <summary>For each breached check, what to look at; for drift, the reference and batch shares side by side.</summary>
    public static string FindingsSection(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var text = new StringBuilder();
        foreach (var finding in findings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- `{finding.Check}`: {finding.WhatToLookAt}");
            if (finding.Picture is { } picture)
            {
                var rows = picture.Labels.Select((label, i) => $"{label} {Percent.Of(picture.Reference[i])} → {Percent.Of(picture.Batch[i])}");
                text.AppendLine(CultureInfo.InvariantCulture, $"  - reference → batch: {string.Join("; ", rows)}");
            }
        }

        return text.ToString();
    }

    public static string Verdict(MonitorStatus status) => status switch
    {
        MonitorStatus.Healthy => "healthy",
        MonitorStatus.Breach => "BREACH",
        _ => "insufficient data",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
