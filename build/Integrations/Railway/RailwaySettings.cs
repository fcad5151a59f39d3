namespace Mlops.Build.Integrations.Railway;

/// <summary>Where and as whom the build talks to Railway, and which service instance it deploys.</summary>
public sealed record RailwaySettings
{
    public static readonly Uri DefaultApiUrl = new("https://backboard.railway.com/graphql/v2");

    /// <summary>Railway's own CLI polls every 5 s.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan DefaultDeployTimeout = TimeSpan.FromMinutes(15);

    public Uri ApiUrl { get; init; } = DefaultApiUrl;

    public required string Token { get; init; }

    public required RailwayTokenKind TokenKind { get; init; }

    public required string ServiceId { get; init; }

    public required string EnvironmentId { get; init; }

    /// <summary>Optional: a project token can tell it (projectToken query); an account token cannot.</summary>
    public string? ProjectId { get; init; }

    public TimeSpan PollInterval { get; init; } = DefaultPollInterval;

    /// <summary>How long a deployment may take from the deploy call to SUCCESS, FAILED or CRASHED.</summary>
    public TimeSpan DeployTimeout { get; init; } = DefaultDeployTimeout;
}
