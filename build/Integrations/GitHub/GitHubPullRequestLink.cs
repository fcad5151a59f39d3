namespace Mlops.Build.Integrations.GitHub;

/// <summary>The marker GitHub puts on an "issue" that is really a pull request.</summary>
public sealed record GitHubPullRequestLink(string? Url, string? HtmlUrl);
