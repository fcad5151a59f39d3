namespace Mlops.Build.Integrations.GitHub;

/// <summary>A label; names compare case-insensitively on GitHub.</summary>
public sealed record GitHubLabel(string Name, string? Color = null, string? Description = null);
