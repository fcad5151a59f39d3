namespace Mlops.Build.Integrations.Retraining;

/// <summary>Puts a published model version live; returns a sentence saying where, throws when the deployment fails.</summary>
public interface IReleaseDeployer
{
    Task<string> DeployAsync(string packageId, string version, string commit, CancellationToken cancellationToken);
}
