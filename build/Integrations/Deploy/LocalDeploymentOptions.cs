namespace Mlops.Build.Integrations.Deploy;

/// <summary>Where the local API listens and how it is verified.</summary>
public sealed record LocalDeploymentOptions
{
    /// <summary>The loopback port; null asks the operating system for a free one.</summary>
    public int? Port { get; init; }

    public DeploymentVerifierOptions Verification { get; init; } = new();

    /// <summary>Told the process id and the address once the API is started (the log says it too).</summary>
    public Action<int, Uri>? Started { get; init; }
}
