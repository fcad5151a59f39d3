namespace Mlops.Build.Integrations.GitHub;

/// <summary>An issue's state (serialized as open/closed).</summary>
public enum IssueState
{
    Open,
    Closed,
}
