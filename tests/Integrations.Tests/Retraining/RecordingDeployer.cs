using Mlops.Build.Integrations.Retraining;

namespace Mlops.Integrations.Tests.Retraining;

/// <summary>A deploy provider that records what it was asked to put live.</summary>
internal sealed class RecordingDeployer : IReleaseDeployer
{
    public List<string> Deployed { get; } = [];

    public Task<string> DeployAsync(string packageId, string version, string commit, CancellationToken cancellationToken)
    {
        Deployed.Add($"{packageId} {version}");
        return Task.FromResult($"{packageId} {version} is live on the test provider.");
    }
}
