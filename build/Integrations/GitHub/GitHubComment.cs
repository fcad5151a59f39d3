namespace Mlops.Build.Integrations.GitHub;

/// <summary>A comment on an issue or a pull request.</summary>
public sealed record GitHubComment(long Id, string HtmlUrl, string? Body, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
