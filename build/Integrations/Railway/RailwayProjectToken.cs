namespace Mlops.Build.Integrations.Railway;

/// <summary>The project and environment a project token is scoped to.</summary>
public sealed record RailwayProjectToken(string ProjectId, string EnvironmentId);
