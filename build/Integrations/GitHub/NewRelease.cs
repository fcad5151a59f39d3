namespace Mlops.Build.Integrations.GitHub;

/// <summary>The body of POST /repos/{o}/{r}/releases.</summary>
public sealed record NewRelease(string TagName, string? Name = null, string? Body = null, bool Draft = false, bool Prerelease = false);
