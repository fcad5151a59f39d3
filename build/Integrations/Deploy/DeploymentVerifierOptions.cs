namespace Mlops.Build.Integrations.Deploy;

/// <summary>How long to wait for /health and how often to ask; where the smoke-test table goes.</summary>
public sealed record DeploymentVerifierOptions
{
    public TimeSpan HealthTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    public Action<string> Log { get; init; } = _ => { };
}
