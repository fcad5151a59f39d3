namespace Mlops.Build.Integrations.GitHub;

/// <summary>One page of GET /search/issues.</summary>
public sealed record GitHubSearchResult(int TotalCount, bool IncompleteResults, IReadOnlyList<GitHubIssue> Items);
