using Mlops.Model.Training.Gating;

namespace Mlops.Build.Integrations.Retraining;

public enum RetrainingResult
{
    /// <summary>No batch of the run raised an alert: nothing was trained.</summary>
    NotNeeded,

    /// <summary>The challenger failed the gate: nothing was published.</summary>
    Rejected,

    Published,
}

/// <summary>What retraining did, the challenger's version and gate (when one was trained), and a sentence for the log.</summary>
public sealed record RetrainingOutcome(RetrainingResult Result, string? Version, GateDecision? Gate, string Message);
