using Mlops.Build.Integrations.Railway;

namespace Mlops.Build.Integrations.Deploy;

/// <summary>
/// The Railway provider for one environment: sets MODEL_ID and MODEL_VERSION on the service (the image's build fetches
/// that version from the feed), deploys the commit, and accepts it only when its public URL's /health reports the
/// version and the smoke and QC tests pass there; otherwise that environment is rolled back, variables included.
/// </summary>
public sealed class RailwayDeployProvider(
    string environment,
    ReleaseSource source,
    RailwaySettings settings,
    string workFolder,
    Action<string> log,
    Action<string> summary,
    Func<TimeSpan, CancellationToken, Task>? delay = null) : IDeployProvider
{
    /// <summary>Railway switches traffic only after its own health check, so /health should answer at once; allow for a cold start.</summary>
    public static readonly TimeSpan HealthTimeout = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan HealthPoll = TimeSpan.FromSeconds(2);

    public string Environment => environment;

    public string Description => $"{environment}: Railway service {settings.ServiceId} in environment {settings.EnvironmentId}";

    public bool StaysLive => true;

    public async Task<string> DeployAsync(string version, string commit, CancellationToken cancellationToken)
    {
        // The image fetches the model itself; the build fetches the same package only to derive its tests from the card.
        var release = await source.PrepareAsync(version, Path.Combine(workFolder, ReleasedModel.PackageFolder), cancellationToken);
        using var client = Client();
        using var http = new HttpClient();
        var verification = new DeploymentVerifierOptions { Log = log, HealthTimeout = HealthTimeout, PollInterval = HealthPoll };
        var verifier = new DeploymentVerifier(http, release.SmokeTests, version, verification);
        var options = RailwayDeploymentOptions.From(settings, Log) with { Delay = delay ?? Task.Delay };
        var result = await new RailwayDeployment(client, options).DeployAsync(commit, ModelImage.Variables(source.PackageId, version), verifier.VerifyAsync, cancellationToken);
        summary($"**{environment}:** {result.Describe()}");
        if (!result.Succeeded)
        {
            throw new DeploymentFailedException($"{environment}: {result.Describe()}", new RailwayDeploymentFailedException(result));
        }

        return $"{source.PackageId} {version} is live on Railway ({environment}) at {result.PublicUrl}.";
    }

    /// <summary>What the live deployment's /health reports: Railway's active deployment is the one that passed last.</summary>
    public async Task<string?> VerifiedVersionAsync(CancellationToken cancellationToken)
    {
        using var client = Client();
        var live = (await client.GetPastDeploymentsAsync(RailwayDeploymentOptions.DefaultHistoryDepth, cancellationToken))
            .Where(d => d.Status == RailwayDeploymentStatus.Success)
            .MaxBy(d => d.CreatedAt);
        if (live is null)
        {
            return null;
        }

        var url = (await client.GetDeploymentAsync(live.Id, cancellationToken)).PublicUrl
            ?? throw new DeploymentFailedException($"{environment}: the live deployment {live.Id} has no public URL to ask its version (give the service a domain in Railway).");
        using var http = new HttpClient();
        var health = await new HealthProbe(http, HealthPoll, HealthTimeout).WaitAsync(url, () => null, cancellationToken);
        return health.Version ?? throw new DeploymentFailedException($"{environment}: the live deployment {live.Id} does not say its version: {health.Problem}");
    }

    private RailwayClient Client() => RailwayClient.Create(settings, Log, delay: delay);

    private void Log(string line) => log($"{environment}: {line}");
}
