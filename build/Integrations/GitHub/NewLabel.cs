namespace Mlops.Build.Integrations.GitHub;

/// <summary>The body of POST /repos/{o}/{r}/labels; the color is hex without '#'.</summary>
public sealed record NewLabel(string Name, string? Color = null, string? Description = null);
