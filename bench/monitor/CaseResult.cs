using Mlops.Model.Training.Monitoring;

namespace Mlops.Bench.Monitor;

internal enum BenchCaseKind
{
    /// <summary>Unchanged data: every alarm is false.</summary>
    FalseAlarm,

    /// <summary>Changed data: every batch without an alarm is a miss.</summary>
    Detection,
}

/// <summary>
/// One case of one data set at one batch size: how many batches alarmed (a breach verdict), how many were judged
/// insufficient, the checks that breached most often, and per metric the mean value and interval half-width.
/// </summary>
internal sealed record CaseResult(
    string DataSet, int Rows, string Case, BenchCaseKind Kind, int Batches, int Alarms, int Insufficient,
    IReadOnlyList<(string Check, int Times)> TopChecks, IReadOnlyDictionary<string, MetricSummary> Metrics, string? Note = null)
{
    public double Rate => (double)Alarms / Batches;

    public bool MeetsGoal => Kind == BenchCaseKind.FalseAlarm ? Rate <= 0.02 : Rate >= 0.95;

    public static CaseResult From(string dataSet, int rows, string label, BenchCaseKind kind, IReadOnlyList<MonitorResult> results)
    {
        var top = results.SelectMany(r => r.BreachedChecks).GroupBy(c => c, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3).ToList();
        var metrics = results.SelectMany(r => r.Metrics).Where(m => m.IsDefined).GroupBy(m => m.Bound.Metric, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new MetricSummary(g.Average(m => m.Estimate.Value), g.Average(m => (m.Estimate.Upper - m.Estimate.Lower) / 2)), StringComparer.Ordinal);
        // A false alarm is worth reading: the breached rows of the first few go into the note.
        var alarms = kind == BenchCaseKind.FalseAlarm
            ? string.Join(" / ", results.Where(r => r.Status == MonitorStatus.Breach).Take(3).Select(r => string.Join("; ", r.Checks.Where(c => c.Breached).Select(c => $"{c.Name}: {c.Value}"))))
            : null;
        return new CaseResult(dataSet, rows, label, kind, results.Count, results.Count(r => r.Status == MonitorStatus.Breach),
            results.Count(r => r.Status == MonitorStatus.InsufficientData), top, metrics, string.IsNullOrEmpty(alarms) ? null : alarms);
    }
}

/// <summary>A metric's mean over a case's batches and the mean half-width of its 95 % interval.</summary>
internal sealed record MetricSummary(double Mean, double HalfWidth);
