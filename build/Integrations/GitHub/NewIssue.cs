namespace Mlops.Build.Integrations.GitHub;

/// <summary>The body of POST /repos/{o}/{r}/issues.</summary>
public sealed record NewIssue(string Title, string? Body = null, IReadOnlyList<string>? Labels = null, IReadOnlyList<string>? Assignees = null);
