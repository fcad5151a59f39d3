namespace Mlops.Build.Integrations.Deploy;

/// <summary>
/// One deploy environment (staging, production) on one provider (local, Railway): puts a published model version
/// live there, verifies it with its smoke and QC tests, and on failure rolls back that environment alone.
/// </summary>
public interface IDeployProvider
{
    /// <summary>The environment's name, e.g. staging.</summary>
    string Environment { get; }

    /// <summary>One line for the log: the environment, the provider and where it deploys.</summary>
    string Description { get; }

    /// <summary>False for the local provider, which starts the API for its tests and stops it again: nothing stays live.</summary>
    bool StaysLive { get; }

    /// <summary>Deploys <paramref name="version"/> (built from <paramref name="commit"/>) and returns a sentence saying where it runs.</summary>
    /// <exception cref="DeploymentFailedException">It did not pass; the message says why and what was restored.</exception>
    Task<string> DeployAsync(string version, string commit, CancellationToken cancellationToken);

    /// <summary>The version that last passed its tests in this environment (what runs there now); null when none has.</summary>
    Task<string?> VerifiedVersionAsync(CancellationToken cancellationToken);
}
