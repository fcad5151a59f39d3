using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.Smoke;

namespace Mlops.Build.Integrations.Retraining;

/// <summary>Deploys a retrained version the way the Deploy task does, with the repository's smoke tests.</summary>
public sealed class ProviderDeployer(ReleaseDeployment deployment, string smokeTestsFile) : IReleaseDeployer
{
    public Task<string> DeployAsync(string packageId, string version, string commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        return deployment.RunAsync(new ReleaseToDeploy(packageId, version, commit, SmokeTestSuite.Load(smokeTestsFile)), cancellationToken);
    }
}
