namespace Mlops.Build.Integrations.Railway;

/// <summary>The Railway calls the deploy needs, for the service instance named in the settings.</summary>
public interface IRailwayClient
{
    /// <summary>serviceInstanceDeployV2: deploys the commit; returns the new deployment's id.</summary>
    Task<string> DeployAsync(string commitSha, CancellationToken cancellationToken = default);

    Task<RailwayDeploymentInfo> GetDeploymentAsync(string deploymentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The service instance's deployments that were live: SUCCESS (the active one) and REMOVED (superseded by a newer
    /// one; Railway marks the old deployment REMOVED as soon as the new one goes live).
    /// </summary>
    Task<IReadOnlyList<RailwayDeploymentSummary>> GetPastDeploymentsAsync(int count, CancellationToken cancellationToken = default);

    /// <summary>deploymentRollback: makes an earlier deployment the active one again.</summary>
    Task<bool> RollbackAsync(string deploymentId, CancellationToken cancellationToken = default);

    /// <summary>variables: the service instance's variables, by name.</summary>
    Task<IReadOnlyDictionary<string, string>> GetVariablesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// variableCollectionUpsert with skipDeploys: sets these variables and keeps the others. Railway would otherwise
    /// deploy the service at once on a variable change; the deploy is always the caller's own, next call.
    /// </summary>
    Task SetVariablesAsync(IReadOnlyDictionary<string, string> variables, CancellationToken cancellationToken = default);

    /// <summary>The project and environment of a project token (fails for an account token).</summary>
    Task<RailwayProjectToken> GetProjectTokenAsync(CancellationToken cancellationToken = default);
}
