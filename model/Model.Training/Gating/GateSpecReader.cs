using System.Text.Json;
using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Gating;

/// <summary>Reads the spec's "gates" section; an error names the JSON path and what was expected.</summary>
public static class GateSpecReader
{
    private const string Path = "$.gates";

    private static readonly Dictionary<string, GateMode> Modes = new(StringComparer.Ordinal)
    {
        ["enabled"] = GateMode.Enabled,
        ["dry_run"] = GateMode.DryRun,
    };

    public static GateSpec Read(ModelSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Gates is not { } gates)
        {
            return new GateSpec();
        }

        var node = new SpecNode(gates, spec.SourceName, Path);
        var defaults = new GateSpec();
        var result = new GateSpec
        {
            Mode = node.Choice("mode", Modes) ?? defaults.Mode,
            Thresholds = [.. node.Array("thresholds").Select(item => ReadBound(node.Node(item.Item, item.Path)))],
            Champion = node.Object("champion") is { } champion ? ReadChampion(champion) : defaults.Champion,
        };
        node.RejectUnknownKeys();
        return result;
    }

    private static MetricBound ReadBound(SpecNode node)
    {
        var metric = ReadMetric(node, "metric");
        var bound = new MetricBound(metric, node.Number("min"), node.Number("max"));
        node.RejectUnknownKeys();
        if (bound.Min is null && bound.Max is null)
        {
            throw node.Error(node.Path, $"the gate on '{metric}' needs a \"min\", a \"max\" or both");
        }

        return bound;
    }

    private static ChampionGateSpec ReadChampion(SpecNode node)
    {
        var defaults = new ChampionGateSpec();
        var metrics = node.Array("metrics");
        var result = new ChampionGateSpec
        {
            Metrics = metrics.Count == 0 ? defaults.Metrics : [.. metrics.Select(m => MetricName(node, m.Item, m.Path))],
            Tolerance = node.Number("tolerance") ?? defaults.Tolerance,
            Confidence = node.Number("confidence") ?? defaults.Confidence,
            Resamples = node.Integer("resamples") ?? defaults.Resamples,
            Seed = node.Integer("seed") ?? defaults.Seed,
        };
        node.RejectUnknownKeys();
        if (result.Tolerance < 0 || result.Confidence is <= 0 or >= 1 || result.Resamples < 100)
        {
            throw node.Error(node.Path, "expected tolerance ≥ 0, 0 < confidence < 1 and at least 100 resamples");
        }

        return result;
    }

    private static string ReadMetric(SpecNode node, string key) =>
        Known(node, node.RequiredString(key), node.Child(key));

    private static string MetricName(SpecNode node, JsonElement item, string path) =>
        item.ValueKind == JsonValueKind.String
            ? Known(node, item.GetString()!, path)
            : throw node.Error(path, "expected a metric name (a string)");

    private static string Known(SpecNode node, string metric, string path) =>
        MetricNames.All.Contains(metric)
            ? metric
            : throw node.Error(path, $"'{metric}' is not a metric; expected one of {string.Join(", ", MetricNames.All)}");
}
