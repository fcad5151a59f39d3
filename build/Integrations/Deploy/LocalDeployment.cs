using Mlops.Build.Integrations.Railway;
using Mlops.Build.Integrations.Smoke;

namespace Mlops.Build.Integrations.Deploy;

/// <summary>
/// The local provider: starts the published API on 127.0.0.1 with the released model, waits for /health to report
/// the version, runs the smoke tests, and stops the API whatever happened.
/// </summary>
public sealed class LocalDeployment(LocalDeploymentOptions options)
{
    /// <exception cref="DeploymentFailedException">The API did not start, reported another version, or failed a smoke test; the message carries its log.</exception>
    public async Task<VerificationResult> RunAsync(
        string publishFolder, string modelFolder, SmokeTestSuite suite, string expectedVersion, CancellationToken cancellationToken)
    {
        var url = new Uri($"http://127.0.0.1:{options.Port ?? FreePort.Find()}/");
        var log = options.Verification.Log;
        using var api = ApiHost.Start(publishFolder, modelFolder, url);
        log($"Local: started the API (process {api.Id}) at {url}, serving {modelFolder}.");
        options.Started?.Invoke(api.Id, url);
        using var http = new HttpClient();
        var verifier = new DeploymentVerifier(http, suite, expectedVersion, options.Verification);
        var verdict = await verifier.VerifyAsync(url, () => ExitReason(api), cancellationToken);
        if (!verdict.Passed)
        {
            throw DeploymentFailedException.WithLog($"The local deployment of model version {expectedVersion} at {url} failed: {verdict.Reason}", api.Output);
        }

        log($"Local: {verdict.Reason}; stopping the API.");
        return verdict;
    }

    private static string? ExitReason(ChildProcess api) =>
        api.HasExited ? $"the API exited with code {api.ExitCode} before /health answered" : null;
}
