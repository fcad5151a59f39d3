using Mlops.Build.Integrations.Railway;
using Mlops.Build.Integrations.Smoke;

namespace Mlops.Build.Integrations.Deploy;

/// <summary>
/// The check every deployment must pass, local or on Railway: /health reports the version being released, then the
/// smoke tests pass against the same address.
/// </summary>
public sealed class DeploymentVerifier(HttpClient http, SmokeTestSuite suite, string expectedVersion, DeploymentVerifierOptions options)
{
    public Task<VerificationResult> VerifyAsync(Uri baseAddress, CancellationToken cancellationToken) =>
        VerifyAsync(baseAddress, () => null, cancellationToken);

    /// <param name="gaveUp">Stops the wait for /health early with a reason (a local API that exited).</param>
    public async Task<VerificationResult> VerifyAsync(Uri baseAddress, Func<string?> gaveUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var health = await new HealthProbe(http, options.PollInterval, options.HealthTimeout).WaitAsync(baseAddress, gaveUp, cancellationToken);
        if (health.Mismatch(expectedVersion) is { } problem)
        {
            return VerificationResult.Fail(problem);
        }

        options.Log($"{baseAddress}health reports model version {expectedVersion}; running {suite.Tests.Count} smoke tests.");
        var results = await new SmokeTestRunner(http).RunAsync(suite, baseAddress, expectedVersion, cancellationToken);
        options.Log(SmokeReport.Table(results));
        try
        {
            SmokeReport.ThrowOnFailure(results, baseAddress);
        }
        catch (SmokeTestException exception)
        {
            return VerificationResult.Fail(exception.Message);
        }

        return VerificationResult.Pass($"/health reports {expectedVersion} and all {results.Count} smoke tests passed");
    }
}
