using Mlops.Model.History.Records;

namespace Mlops.Model.History.Queries;

/// <summary>What the store knows of one model: its evaluated versions, its monitor runs, its deployments and its recent runs.</summary>
public sealed record ModelHistory(
    string ModelId,
    string Store,
    IReadOnlyList<VersionHistory> Versions,
    IReadOnlyList<MonitorRunHistory> MonitorRuns,
    IReadOnlyList<DeploymentHistory> Deployments,
    IReadOnlyList<RunHistory> Runs)
{
    public static ModelHistory Empty(string modelId, string store) => new(modelId, store, [], [], [], []);
}

/// <summary>A version's test metrics from its newest evaluation, and that run's gate verdict if it was gated.</summary>
public sealed record VersionHistory(
    string Version,
    string Commit,
    DateTimeOffset EvaluatedAt,
    string? RunUrl,
    IReadOnlyList<MetricValue> Metrics,
    string? GateStatus,
    string? GateDetail);

/// <summary>One batch's monitor verdict with its metrics (intervals and bounds), breached checks and drift per feature.</summary>
public sealed record MonitorRunHistory(
    DateTimeOffset At,
    string Batch,
    string ModelVersion,
    string Verdict,
    long? Rows,
    string Commit,
    string? RunUrl,
    IReadOnlyList<MetricValue> Metrics,
    IReadOnlyList<string> Breached,
    IReadOnlyList<FeatureDriftValue> Drift);

/// <summary>A version that went to an environment, by which run.</summary>
public sealed record DeploymentHistory(string Environment, string Version, DateTimeOffset At, string Target, string Commit, string? RunUrl);

/// <summary>One run: what ran, how it ended, its steps with their timings, and the data it profiled.</summary>
public sealed record RunHistory(
    string RunId,
    string Target,
    string Version,
    string Commit,
    string? RunUrl,
    DateTimeOffset StartedAt,
    string? Outcome,
    IReadOnlyList<StepTiming> Steps,
    DataSetHistory? Data);

/// <summary>The profiled data of a run: rows, positive rate, and each column's missing count and summary.</summary>
public sealed record DataSetHistory(string Source, long Rows, double? PositiveRate, IReadOnlyList<ColumnHistory> Columns);

public sealed record ColumnHistory(string Name, string Kind, long Present, long Missing, double? Mean, double? Median, double? Std, double? Min, double? Max);
