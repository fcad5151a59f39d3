namespace Mlops.Build.Integrations.GitHub;

/// <summary>An issue as GitHub returns it; pull requests come back from the issues list too, with a pull_request key.</summary>
public sealed record GitHubIssue(
    long Id,
    int Number,
    IssueState State,
    string? StateReason,
    string Title,
    string? Body,
    IReadOnlyList<GitHubLabel> Labels,
    string HtmlUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClosedAt,
    int Comments,
    GitHubPullRequestLink? PullRequest)
{
    public bool IsPullRequest => PullRequest is not null;

    public bool HasLabel(string name) => Labels.Any(label => string.Equals(label.Name, name, StringComparison.OrdinalIgnoreCase));
}
