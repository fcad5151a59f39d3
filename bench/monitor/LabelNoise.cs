using System.Globalization;
using Mlops.Model.Training.Gating;

namespace Mlops.Bench.Monitor;

/// <summary>
/// What flipped labels did to each monitored metric, and the smallest drop the check can see at this batch size: a
/// bound breaches only when the whole interval lies beyond it, so from the clean level a metric must fall past the
/// bound by its interval's half-width.
/// </summary>
internal static class LabelNoise
{
    public static string Describe(IReadOnlyDictionary<string, MetricSummary> clean, IReadOnlyDictionary<string, MetricSummary> noisy, IEnumerable<MetricBound> bounds) =>
        string.Join("; ", bounds.Where(b => clean.ContainsKey(b.Metric) && noisy.ContainsKey(b.Metric)).Select(b => Describe(b, clean[b.Metric], noisy[b.Metric])));

    private static string Describe(MetricBound bound, MetricSummary clean, MetricSummary noisy)
    {
        var visible = bound.Min is { } min ? clean.Mean - min + clean.HalfWidth : bound.Max!.Value - clean.Mean + clean.HalfWidth;
        return string.Create(CultureInfo.InvariantCulture,
            $"{bound.Metric} {clean.Mean:0.###}→{noisy.Mean:0.###} (±{clean.HalfWidth:0.###}), visible drop ≥ {visible:0.###}");
    }
}
