using Mlops.Build.Integrations.Deploy;

namespace Mlops.Integrations.Tests.Retraining;

/// <summary>A deploy provider that records what it was asked to put live.</summary>
internal sealed class RecordingDeployer : IDeployProvider
{
    public List<string> Deployed { get; } = [];

    public string Environment => "production";

    public string Description => "production: the test provider";

    public bool StaysLive => true;

    public Task<string> DeployAsync(string version, string commit, CancellationToken cancellationToken)
    {
        Deployed.Add(version);
        return Task.FromResult($"{version} is live on the test provider.");
    }

    public Task<string?> VerifiedVersionAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Deployed.Count == 0 ? null : Deployed[^1]);
}
