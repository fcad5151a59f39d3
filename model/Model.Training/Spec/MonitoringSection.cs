using System.Text.Json;
using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Monitoring;

namespace Mlops.Model.Training.Spec;

/// <summary>The <c>monitoring</c> section; every key is optional and falls back to <see cref="MonitoringSpec"/>'s default.</summary>
internal static class MonitoringSection
{
    public static MonitoringSpec Read(SpecNode? node)
    {
        var defaults = new MonitoringSpec();
        if (node is null)
        {
            return defaults;
        }

        var alert = node.Object("alert") is { } alertNode ? ReadAlert(alertNode) : defaults.Alert;
        var close = node.Object("close") is { } closeNode ? ReadClose(closeNode) : defaults.Close;
        var spec = new MonitoringSpec
        {
            MinimumRows = Positive(node, "minimumRows") ?? defaults.MinimumRows,
            MinimumPerClass = Positive(node, "minimumPerClass") ?? defaults.MinimumPerClass,
            Metrics = ReadMetrics(node) ?? defaults.Metrics,
            Drift = node.Object("drift") is { } drift ? ReadDrift(drift) : defaults.Drift,
            Quality = node.Object("quality") is { } quality ? ReadQuality(quality) : defaults.Quality,
            Alert = alert,
            Close = close,
            Resamples = AtLeastTwo(node, "resamples") ?? defaults.Resamples,
            Seed = node.Integer("seed") ?? defaults.Seed,
        };
        node.RejectUnknownKeys();
        return spec;
    }

    private static List<MetricBound>? ReadMetrics(SpecNode node)
    {
        if (node.Raw("metrics") is not { } metrics)
        {
            return null;
        }

        var path = node.Child("metrics");
        if (metrics.ValueKind != JsonValueKind.Object)
        {
            throw node.Error(path, "expected an object of metric name → { \"min\" or \"max\" }");
        }

        return metrics.EnumerateObject().Select(metric => ReadBound(node.Node(metric.Value, $"{path}.{metric.Name}"), metric.Name)).ToList();
    }

    private static MetricBound ReadBound(SpecNode node, string metric)
    {
        if (!MetricNames.All.Contains(metric))
        {
            throw node.Error(node.Path, $"unknown metric \"{metric}\" (expected one of: {string.Join(", ", MetricNames.All)})");
        }

        var bound = new MetricBound(metric, node.Number("min"), node.Number("max"));
        node.RejectUnknownKeys();
        return bound.Min is null && bound.Max is null ? throw node.Error(node.Path, "needs \"min\", \"max\" or both") : bound;
    }

    private static DriftLimits ReadDrift(SpecNode node)
    {
        var defaults = new DriftLimits();
        var limits = new DriftLimits
        {
            Psi = NonNegative(node, "psi") ?? defaults.Psi,
            KsPValue = Probability(node, "ksPValue") ?? defaults.KsPValue,
            Wasserstein = NonNegative(node, "wasserstein") ?? defaults.Wasserstein,
            ChiSquarePValue = Probability(node, "chiSquarePValue") ?? defaults.ChiSquarePValue,
            JensenShannon = Probability(node, "jensenShannon") ?? defaults.JensenShannon,
            PredictionPsi = NonNegative(node, "predictionPsi") ?? defaults.PredictionPsi,
            DriftShare = Probability(node, "driftShare") ?? defaults.DriftShare,
            LargeSampleRows = Positive(node, "largeSampleRows") ?? defaults.LargeSampleRows,
        };
        node.RejectUnknownKeys();
        return limits;
    }

    private static QualityLimits ReadQuality(SpecNode node)
    {
        var defaults = new QualityLimits();
        var limits = new QualityLimits
        {
            MissingRateIncrease = Probability(node, "missingRateIncrease") ?? defaults.MissingRateIncrease,
            OutOfRangeShare = Probability(node, "outOfRangeShare") ?? defaults.OutOfRangeShare,
            UnseenCategoryShare = Probability(node, "unseenCategoryShare") ?? defaults.UnseenCategoryShare,
            InvalidShare = Probability(node, "invalidShare") ?? defaults.InvalidShare,
            PValue = Probability(node, "pValue") ?? defaults.PValue,
        };
        node.RejectUnknownKeys();
        return limits;
    }

    private static AlertRule ReadAlert(SpecNode node)
    {
        var rule = new AlertRule(Positive(node, "breaches") ?? 1, Positive(node, "runs") ?? 1);
        node.RejectUnknownKeys();
        return rule.Breaches <= rule.Runs
            ? rule
            : throw node.Error(node.Child("breaches"), $"{rule.Breaches} breaches cannot happen in the last {rule.Runs} runs: breaches must be at most runs");
    }

    private static CloseRule ReadClose(SpecNode node)
    {
        var rule = new CloseRule(Positive(node, "healthy") ?? 1, Positive(node, "runs") ?? 1);
        node.RejectUnknownKeys();
        return rule.Healthy <= rule.Runs
            ? rule
            : throw node.Error(node.Child("healthy"), $"{rule.Healthy} healthy runs cannot happen in the last {rule.Runs} runs: healthy must be at most runs");
    }

    private static int? Positive(SpecNode node, string name)
    {
        var value = node.Integer(name);
        return value is null or > 0 ? value : throw node.Error(node.Child(name), $"expected a positive integer but found {value}");
    }

    private static int? AtLeastTwo(SpecNode node, string name)
    {
        var value = node.Integer(name);
        return value is null or >= 2 ? value : throw node.Error(node.Child(name), $"expected at least 2 bootstrap resamples but found {value}");
    }

    private static double? NonNegative(SpecNode node, string name)
    {
        var value = node.Number(name);
        return value is null or >= 0 ? value : throw node.Error(node.Child(name), $"expected a number of at least 0 but found {value}");
    }

    private static double? Probability(SpecNode node, string name)
    {
        var value = node.Number(name);
        return value is null or (>= 0 and <= 1) ? value : throw node.Error(node.Child(name), $"expected a number between 0 and 1 but found {value}");
    }
}
