namespace Mlops.Build.Integrations.Railway;

/// <summary>One entry of the deployments history.</summary>
public sealed record RailwayDeploymentSummary(string Id, string Status, DateTimeOffset CreatedAt, bool CanRollback);
