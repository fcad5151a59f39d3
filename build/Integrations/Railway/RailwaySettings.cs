using System.Globalization;

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

    /// <summary>
    /// Reads the settings from the environment. Null when no token is set (the caller uses the local provider);
    /// a clear error when a token is set but the ids it needs are not.
    /// </summary>
    public static RailwaySettings? FromEnvironment(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var projectToken = Value(read, EnvironmentNames.RailwayToken);
        var accountToken = Value(read, EnvironmentNames.RailwayApiToken);
        if (projectToken is null && accountToken is null)
        {
            return null;
        }

        return new RailwaySettings
        {
            // A project token is the narrower credential, so it wins when both are set.
            Token = projectToken ?? accountToken!,
            TokenKind = projectToken is null ? RailwayTokenKind.Account : RailwayTokenKind.Project,
            ServiceId = Required(read, EnvironmentNames.RailwayServiceId),
            EnvironmentId = Required(read, EnvironmentNames.RailwayEnvironmentId),
            ProjectId = Value(read, EnvironmentNames.RailwayProjectId),
            ApiUrl = ApiUrlFrom(read),
            PollInterval = Seconds(read, EnvironmentNames.RailwayPollSeconds) ?? DefaultPollInterval,
            DeployTimeout = Seconds(read, EnvironmentNames.RailwayDeployTimeoutSeconds) ?? DefaultDeployTimeout,
        };
    }

    private static string? Value(Func<string, string?> read, string name) =>
        read(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Required(Func<string, string?> read, string name) =>
        Value(read, name) ?? throw new InvalidOperationException(
            $"Railway: {name} is not set. A Railway token is present, so the deploy needs {EnvironmentNames.RailwayServiceId} and {EnvironmentNames.RailwayEnvironmentId} too (find them in the service's settings on railway.com).");

    private static Uri ApiUrlFrom(Func<string, string?> read)
    {
        var text = Value(read, EnvironmentNames.RailwayApiUrl);
        if (text is null)
        {
            return DefaultApiUrl;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new InvalidOperationException($"Railway: {EnvironmentNames.RailwayApiUrl} is not an absolute http(s) URL: '{text}'.");
    }

    private static TimeSpan? Seconds(Func<string, string?> read, string name)
    {
        var text = Value(read, name);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new InvalidOperationException($"Railway: {name} must be a positive number of seconds, not '{text}'.");
    }
}
