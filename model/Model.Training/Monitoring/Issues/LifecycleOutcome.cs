using Mlops.Model.Training.Monitoring.History;

namespace Mlops.Model.Training.Monitoring.Issues;

/// <summary>What the run did to the issues, and the history to keep for the next run's N-of-M count.</summary>
public sealed record LifecycleOutcome(LifecycleAction Action, int? IssueNumber, VerdictHistory History, string Message);

public enum LifecycleAction
{
    /// <summary>Healthy with no open issue, or insufficient data: nothing to file.</summary>
    Nothing,

    Opened,

    /// <summary>A breach while the model's issue is open: a comment with the current breaches (and what changed).</summary>
    Commented,

    /// <summary>Healthy again under the spec's close rule: the open issue got the new figures and was closed.</summary>
    Closed,

    /// <summary>Healthy, but the close rule is not met yet: a comment records the run on the open issue.</summary>
    Recovering,

    /// <summary>A breach that does not yet reach the spec's N of M runs.</summary>
    Pending,
}
