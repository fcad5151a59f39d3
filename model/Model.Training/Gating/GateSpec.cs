using Mlops.Model.Training.Evaluation;

namespace Mlops.Model.Training.Gating;

/// <summary>The spec's "gates" section: every metric bound, and how the challenger is compared with the champion.</summary>
public sealed record GateSpec
{
    public GateMode Mode { get; init; } = GateMode.Enabled;

    public IReadOnlyList<MetricBound> Thresholds { get; init; } = [];

    public ChampionGateSpec Champion { get; init; } = new();
}

public enum GateMode
{
    /// <summary>A failing gate fails the build.</summary>
    Enabled,

    /// <summary>The gate is evaluated and reported but never fails the build.</summary>
    DryRun,
}

/// <summary>A bound on one metric: at least <see cref="Min"/>, at most <see cref="Max"/>, or both.</summary>
public sealed record MetricBound(string Metric, double? Min = null, double? Max = null)
{
    public bool Holds(double value) => !double.IsNaN(value) && !(value < Min) && !(value > Max);

    public string Describe() => (Min, Max) switch
    {
        ({ } min, { } max) => $"{Format.Number(min)} ≤ {Metric} ≤ {Format.Number(max)}",
        ({ } min, null) => $"{Metric} ≥ {Format.Number(min)}",
        (null, { } max) => $"{Metric} ≤ {Format.Number(max)}",
        _ => $"{Metric} (no bound)",
    };

    public void Validate()
    {
        if (!MetricNames.All.Contains(Metric))
        {
            throw new ArgumentException($"The gate names the metric '{Metric}'; known metrics: {string.Join(", ", MetricNames.All)}.");
        }

        if (Min is null && Max is null)
        {
            throw new ArgumentException($"The gate on '{Metric}' needs a min, a max or both.");
        }
    }
}

/// <summary>How a challenger is compared with the champion: which metrics, the tolerated drop and the interval's confidence.</summary>
public sealed record ChampionGateSpec
{
    public IReadOnlyList<string> Metrics { get; init; } = [MetricNames.RocAuc, MetricNames.F1, MetricNames.LogLoss];

    /// <summary>A drop smaller than this (in the metric's own units) is tolerated even when significant.</summary>
    public double Tolerance { get; init; } = 0.01;

    public double Confidence { get; init; } = 0.95;

    public int Resamples { get; init; } = 1000;

    public int Seed { get; init; } = 20240601;
}
