using Mlops.Build.Integrations.Railway;

namespace Mlops.Build.Integrations.Deploy;

/// <summary>
/// The Railway provider: deploys the commit and accepts it only when its public URL's /health reports the released
/// version and the smoke tests pass there; otherwise Railway's orchestration rolls back to the previous deployment.
/// </summary>
public sealed class RailwayRelease(IRailwayClient client, RailwayDeploymentOptions options, HttpClient http)
{
    /// <summary>Railway switches traffic only after its own health check, so /health should answer at once; allow for a cold start.</summary>
    public static readonly TimeSpan HealthTimeout = TimeSpan.FromMinutes(2);

    public async Task<RailwayDeploymentResult> RunAsync(ReleaseToDeploy release, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(options);
        var verification = new DeploymentVerifierOptions { Log = options.Log, HealthTimeout = HealthTimeout, PollInterval = TimeSpan.FromSeconds(2) };
        var verifier = new DeploymentVerifier(http, release.SmokeTests, release.Version, verification);
        return await new RailwayDeployment(client, options).DeployAsync(release.Commit, verifier.VerifyAsync, cancellationToken);
    }
}
