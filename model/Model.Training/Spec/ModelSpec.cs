using System.Text.Json;
using Mlops.Model.Training.MlNet;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Trainers;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Model.Training.Spec;

/// <summary>The model spec (<c>model/spec.json</c>): what data, which columns, how to split, train and decide.</summary>
public sealed record ModelSpec
{
    public const string DefaultModelId = "Mlops.ChurnModel";

    public string ModelId { get; init; } = DefaultModelId;

    public required DataSourceSpec Data { get; init; }

    public required IReadOnlyList<ColumnSpec> Columns { get; init; }

    public required TargetSpec Target { get; init; }

    public SplitSpec Split { get; init; } = new();

    /// <summary>The family that trains the model (the spec's <c>trainer</c>); every family uses its own section's parameters.</summary>
    public TrainerFamily Trainer { get; init; } = TrainerFamily.LightGbm;

    public MlNetParameters LightGbm { get; init; } = new();

    public MlNetParameters FastTree { get; init; } = new();

    public XGBoostParameters XGBoost { get; init; } = new();

    /// <summary>The parameters of the family in use, for the card and the training record.</summary>
    public object TrainerParameters => Trainer switch
    {
        TrainerFamily.LightGbm => LightGbm,
        TrainerFamily.FastTree => FastTree,
        _ => XGBoost,
    };

    public ThresholdSpec Threshold { get; init; } = ThresholdSpec.MaxF1;

    /// <summary>How many of the most frequent values of a category get their own one-hot column (and profile row).</summary>
    public int CategoriesTopK { get; init; } = 20;

    /// <summary>The <c>gates</c> section, parsed by the gate step; kept raw here.</summary>
    public JsonElement? Gates { get; init; }

    /// <summary>The <c>monitoring</c> section: bounds and limits of the scheduled regression check.</summary>
    public MonitoringSpec Monitoring { get; init; } = new();

    /// <summary>The spec file it came from, for messages.</summary>
    public string SourceName { get; init; } = "spec";

    /// <summary>The spec file's text exactly as read: part of the training fingerprint and of the model card.</summary>
    public string SourceText { get; init; } = "{}";
}
