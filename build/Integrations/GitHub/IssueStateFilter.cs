namespace Mlops.Build.Integrations.GitHub;

/// <summary>Which issues a list call returns.</summary>
public enum IssueStateFilter
{
    Open,
    Closed,
    All,
}
