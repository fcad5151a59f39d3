using Mlops.Model.Training.Monitoring.History;

namespace Mlops.Model.Training.Monitoring.Issues;

/// <summary>What the run did to the issues, and the history to keep for the next run's N-of-M count.</summary>
public sealed record LifecycleOutcome(LifecycleAction Action, int? IssueNumber, VerdictHistory History, string Message);

public enum LifecycleAction
{
    /// <summary>Healthy with no open issue, or insufficient data: nothing to file.</summary>
    Nothing,

    Opened,

    /// <summary>The same breach again: a comment on its open issue.</summary>
    Commented,

    /// <summary>Healthy again: the open issues got the new figures and were closed.</summary>
    Closed,

    /// <summary>A breach that does not yet reach the spec's N of M runs.</summary>
    Pending,
}
