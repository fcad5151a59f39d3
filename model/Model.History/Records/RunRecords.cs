namespace Mlops.Model.History.Records;

/// <summary>What ran: one build (or scheduled check) of one model, from which commit and CI run.</summary>
public sealed record RunStart(string RunId, string ModelId, string Target, string Version, string Commit, string? RunUrl, DateTimeOffset StartedAt);

/// <summary>One task of a run: when it started, how long it took, and how it ended.</summary>
public sealed record StepTiming(string Step, DateTimeOffset StartedAt, TimeSpan Duration, StepOutcome Outcome);

public enum StepOutcome
{
    Succeeded,
    Failed,
    Skipped,
}

/// <summary>A metric with its interval, and the bounds it was judged against when it was judged (monitor, gate).</summary>
public sealed record MetricValue(string Metric, double Value, double Lower, double Upper, double? LimitMin = null, double? LimitMax = null);

/// <summary>One check row of a gate or monitor verdict, as its report shows it.</summary>
public sealed record VerdictCheck(string Name, string Value, string Bound, string Verdict);

/// <summary>A gate's or a monitor run's verdict on one subject (the test split, one batch), with every check behind it.</summary>
public sealed record Verdict(
    string Subject,
    string Kind,
    string ModelVersion,
    string Status,
    long? Rows,
    string? Detail,
    DateTimeOffset At,
    IReadOnlyList<VerdictCheck> Checks);

/// <summary>One feature's drift on a batch: PSI and the size-dependent test, each with its limit.</summary>
public sealed record FeatureDriftValue(string Feature, double Psi, double PsiLimit, string Test, double TestValue, double TestLimit, bool Drifted);

/// <summary>A model version now serving in an environment.</summary>
public sealed record Deployment(string Environment, string ModelId, string Version, string Target, DateTimeOffset At);

/// <summary>A batch file the monitor checked: its content hash keeps it from being checked twice.</summary>
public sealed record ProcessedBatch(string FileName, string Sha256, string Verdict, DateTimeOffset At);

/// <summary>The names under which a run files its facts: the split Evaluate scored, the gate's models, a batch's own file name.</summary>
public static class Subjects
{
    public const string Data = "data";
    public const string Test = "test";
    public const string Gate = "gate";

    /// <summary>The gate's paired differences, challenger − champion, each with its interval.</summary>
    public const string GateDifference = "gate:challenger-champion";

    public const string GateKind = "gate";
    public const string MonitorKind = "monitor";
}
