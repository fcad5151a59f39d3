namespace Mlops.Build.Integrations.GitHub;

/// <summary>A commit status's state.</summary>
public enum CommitState
{
    Error,
    Failure,
    Pending,
    Success,
}
