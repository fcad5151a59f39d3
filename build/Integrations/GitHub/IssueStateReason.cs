namespace Mlops.Build.Integrations.GitHub;

/// <summary>Why an issue was closed or reopened (serialized as completed/not_planned/reopened).</summary>
public enum IssueStateReason
{
    Completed,
    NotPlanned,
    Reopened,
}
