using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Gating;

namespace Mlops.Model.Training.Monitoring;

/// <summary>The spec's "monitoring" section: every bound the scheduled check applies to a labelled batch.</summary>
public sealed record MonitoringSpec
{
    /// <summary>Metric bounds on the batch; a bound breaches only when the whole bootstrap interval lies beyond it.</summary>
    public IReadOnlyList<MetricBound> Metrics { get; init; } =
        [new(MetricNames.RocAuc, Min: 0.75), new(MetricNames.PrAuc, Min: 0.45), new(MetricNames.LogLoss, Max: 0.5)];

    public DriftLimits Drift { get; init; } = new();

    public QualityLimits Quality { get; init; } = new();

    /// <summary>Below this many rows the verdict is "insufficient data": no drift and no regression is claimed.</summary>
    public int MinimumRows { get; init; } = 200;

    /// <summary>
    /// Fewer rows than this of either class is "insufficient data" too: the metrics are undefined or meaningless, and a
    /// batch of mostly one class differs from training's mix in its features, so drift would be claimed falsely.
    /// </summary>
    public int MinimumPerClass { get; init; } = 10;

    /// <summary>When a breach opens an issue: at least N breached of the last M runs.</summary>
    public AlertRule Alert { get; init; } = AlertRule.EveryBreach;

    /// <summary>When healthy runs close the open issue: at least N healthy of the last M runs, the last one healthy.</summary>
    public CloseRule Close { get; init; } = CloseRule.FirstHealthy;

    /// <summary>Resamples and seed of the metric intervals (the same batch gives the same intervals).</summary>
    public int Resamples { get; init; } = 500;

    public int Seed { get; init; } = 20240601;
}

/// <summary>
/// Drift limits. Small batches use tests (KS, chi-square: a p-value below the limit is drift); large batches use
/// effect sizes (normalised Wasserstein, Jensen–Shannon), because on many rows every test rejects a harmless difference.
/// </summary>
public sealed record DriftLimits
{
    /// <summary>PSI on the profile's stored bins, every feature (0.1 some shift, 0.25 a major one).</summary>
    public double Psi { get; init; } = 0.2;

    /// <summary>
    /// Sixteen features, each tested every run: 0.0001 keeps the run's chance of a false test alarm near 0.2 %
    /// (Bonferroni), while a half-standard-deviation shift on a few hundred rows still has a p-value far below it.
    /// </summary>
    public double KsPValue { get; init; } = 0.0001;

    /// <summary>Mean distance between the batch and the reference, in reference standard deviations.</summary>
    public double Wasserstein { get; init; } = 0.15;

    public double ChiSquarePValue { get; init; } = 0.0001;

    public double JensenShannon { get; init; } = 0.1;

    /// <summary>PSI of the predicted probabilities against the test split's probabilities.</summary>
    public double PredictionPsi { get; init; } = 0.2;

    /// <summary>The dataset-level check: the fraction of features that drifted.</summary>
    public double DriftShare { get; init; } = 0.3;

    /// <summary>From this many rows on a batch counts as large.</summary>
    public int LargeSampleRows { get; init; } = 5000;
}

/// <summary>Data quality limits, compared with the training profile.</summary>
public sealed record QualityLimits
{
    /// <summary>How much the missing rate of a column may rise above training's (absolute, 0.05 = five points).</summary>
    public double MissingRateIncrease { get; init; } = 0.05;

    /// <summary>The share of a column's values that may lie outside the training min–max.</summary>
    public double OutOfRangeShare { get; init; } = 0.02;

    /// <summary>The share of a column's values that may be categories training never saw.</summary>
    public double UnseenCategoryShare { get; init; } = 0.01;

    /// <summary>
    /// The share of a column's values that may break the spec's declaration (missing in a required column, outside the
    /// declared range, not in the closed values list). Training data met it, so such values are the finding.
    /// </summary>
    public double InvalidShare { get; init; } = 0.01;

    /// <summary>A rise of the missing rate breaches only when the binomial test against training's rate is below this too.</summary>
    public double PValue { get; init; } = 0.0001;
}

/// <summary>Alert when at least <see cref="Breaches"/> of the last <see cref="Runs"/> runs breached (anti-flapping).</summary>
public sealed record AlertRule(int Breaches, int Runs)
{
    public static AlertRule EveryBreach { get; } = new(1, 1);

    public override string ToString() => $"{Breaches} of the last {Runs} runs";
}

/// <summary>Close the open issue when at least <see cref="Healthy"/> of the last <see cref="Runs"/> runs were healthy, the last one too.</summary>
public sealed record CloseRule(int Healthy, int Runs)
{
    public static CloseRule FirstHealthy { get; } = new(1, 1);

    public override string ToString() => $"{Healthy} healthy of the last {Runs} runs";
}
