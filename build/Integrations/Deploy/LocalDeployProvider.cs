namespace Mlops.Build.Integrations.Deploy;

/// <summary>
/// The local provider for one environment: publishes the API, starts it on 127.0.0.1 with the version from the feed,
/// runs its tests and stops it. On a failure the environment's previous verified version is run and tested again,
/// so the environment is left on a version that passes, and the build fails.
/// </summary>
public sealed class LocalDeployProvider(string environment, ReleaseSource source, LocalEnvironmentFolders folders, Action<string> log) : IDeployProvider
{
    public string Environment => environment;

    public string Description => $"{environment}: local (the API runs on 127.0.0.1 for its tests and is stopped after them; {folders.Environment})";

    public bool StaysLive => false;

    public async Task<string> DeployAsync(string version, string commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var state = new LocalEnvironmentState(folders.Environment);
        var previous = state.Version;
        if (folders.ApiProject is { } project)
        {
            log($"{environment} (local): publishing {project} to {folders.PublishedApi}.");
            await ApiPublisher.PublishFreshAsync(project, folders.PublishedApi, cancellationToken);
        }

        var failure = await TryRunAsync(version, cancellationToken);
        if (failure is null)
        {
            state.Record(version, DateTimeOffset.UtcNow);
            return $"{source.PackageId} {version} passed its tests in {environment} (local) and was stopped.";
        }

        if (previous is null || previous == version)
        {
            throw new DeploymentFailedException($"{environment}: {failure.Message}{System.Environment.NewLine}Nothing to roll back to: {environment} had no other verified version.", failure);
        }

        log($"{environment} (local): rolling back to {previous}.");
        var rollback = await TryRunAsync(previous, cancellationToken);
        var restored = rollback is null
            ? $"Rolled {environment} back to {previous}, which passed its tests again."
            : $"The rollback of {environment} to {previous} failed too: {rollback.Message}";
        throw new DeploymentFailedException($"{environment}: {failure.Message}{System.Environment.NewLine}{restored}", failure);
    }

    public Task<string?> VerifiedVersionAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new LocalEnvironmentState(folders.Environment).Version);

    private async Task<DeploymentFailedException?> TryRunAsync(string version, CancellationToken cancellationToken)
    {
        var release = await source.PrepareAsync(version, Path.Combine(folders.Environment, ReleasedModel.PackageFolder), cancellationToken);
        var deployment = new LocalDeployment(new LocalDeploymentOptions { Verification = new DeploymentVerifierOptions { Log = log } });
        try
        {
            await deployment.RunAsync(folders.PublishedApi, release.ModelFolder, release.SmokeTests, version, cancellationToken);
            return null;
        }
        catch (DeploymentFailedException exception)
        {
            return exception;
        }
    }
}

/// <summary>
/// The API project (null when <paramref name="PublishedApi"/> already holds the published API, as in tests), where it
/// is published, and the environment's own folder (its model and verified version).
/// </summary>
public sealed record LocalEnvironmentFolders(string? ApiProject, string PublishedApi, string Environment);
