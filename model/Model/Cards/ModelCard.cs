using System.Text.Json;
using Mlops.Model.Features;
using Mlops.Model.Profiles;

namespace Mlops.Model.Cards;

/// <summary>
/// model-card.json: what a model version is, how good it was, what it was trained on and why it was let
/// through. The spec and the parameters are kept as JSON so the runtime reads them without depending on
/// the training code.
/// </summary>
public sealed record ModelCard
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string ModelId { get; init; }

    public required string Version { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string GitCommit { get; init; }

    public required DataSummary Data { get; init; }

    /// <summary>The trainer family that grew the trees (lightgbm, fasttree or xgboost); null on cards older than the choice.</summary>
    public string? Trainer { get; init; }

    /// <summary>The remote run that trained the model; null when the build trained it itself.</summary>
    public RemoteRun? TrainedBy { get; init; }

    public required DecisionThreshold Threshold { get; init; }

    /// <summary>Each metric on the held-out test split with its bootstrap interval, keyed by the metric name.</summary>
    public required IReadOnlyDictionary<string, MetricInterval> Metrics { get; init; }

    public required ConfusionCounts ConfusionMatrix { get; init; }

    /// <summary>The ROC curve on the test split, thinned to a few hundred points for display.</summary>
    public IReadOnlyList<RocPoint> RocCurve { get; init; } = [];

    /// <summary>The precision-recall curve on the test split, thinned like the ROC curve.</summary>
    public IReadOnlyList<PrPoint> PrCurve { get; init; } = [];

    /// <summary>The reliability table on the test split: predicted against observed positive rate in ten probability bins.</summary>
    public IReadOnlyList<CalibrationBin> Calibration { get; init; } = [];

    /// <summary>The raw input columns with their type and gain importance (one-hot slots summed per column), for every trainer family.</summary>
    public required IReadOnlyList<FeatureSummary> Features { get; init; }

    public required FileChecksums Checksums { get; init; }

    public JsonElement? Spec { get; init; }

    /// <summary>The trainer family's parameters as the spec set them (its own section, defaults filled in).</summary>
    public JsonElement? Parameters { get; init; }

    /// <summary>The training data's profile (bins and frequencies) that monitoring compares new data with.</summary>
    public DataProfile? ReferenceProfile { get; init; }

    /// <summary>The test split's predicted probabilities on fixed bins, the reference for drift of the model's output.</summary>
    public Histogram? ReferencePredictions { get; init; }

    /// <summary>The gate's verdict and table when the model was packed: passed, failed, overridden or first model.</summary>
    public GateRecord? Gate { get; init; }
}

public sealed record DataSummary(string Fingerprint, int Rows, int TrainRows, int ValidationRows, int TestRows, double PositiveRate);

public sealed record DecisionThreshold(double Value, string Strategy);

public sealed record MetricInterval(double Value, double Lower, double Upper);

public sealed record ConfusionCounts(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives);

public sealed record RocPoint(double FalsePositiveRate, double TruePositiveRate);

public sealed record PrPoint(double Recall, double Precision);

/// <summary>Test rows whose probability fell in [Lower, Upper): their mean probability and the share that were positive.</summary>
public sealed record CalibrationBin(double Lower, double Upper, int Rows, double MeanPredicted, double ObservedRate);

public sealed record FeatureSummary(string Name, FeatureKind Kind, double Importance);

/// <summary>SHA-256 (lowercase hex) of the model's files, checked at load time.</summary>
public sealed record FileChecksums(string Booster, string Preprocessing);
