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

    /// <summary>The API URL a setting names, or Railway's own when it is empty.</summary>
    /// <param name="source">The setting's name, for the error.</param>
    public static Uri ApiUrlOrDefault(string? text, string source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DefaultApiUrl;
        }

        return Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new InvalidOperationException($"Railway: {source} is not an absolute http(s) URL: '{text}'.");
    }

    /// <summary>A positive number of seconds a setting names, or <paramref name="fallback"/> when it is empty.</summary>
    public static TimeSpan SecondsOrDefault(string? text, string source, TimeSpan fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new InvalidOperationException($"Railway: {source} must be a positive number of seconds, not '{text}'.");
    }
}
