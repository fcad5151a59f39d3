using System.Globalization;
using Mlops.Build.Integrations;
using Mlops.Build.Integrations.Railway;

namespace Mlops.Build;

/// <summary>Railway's settings as the build reads them from the environment (see <see cref="EnvironmentNames"/>).</summary>
public static class RailwaySettingsReader
{
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
            PollInterval = Seconds(read, EnvironmentNames.RailwayPollSeconds) ?? RailwaySettings.DefaultPollInterval,
            DeployTimeout = Seconds(read, EnvironmentNames.RailwayDeployTimeoutSeconds) ?? RailwaySettings.DefaultDeployTimeout,
        };
    }

    private static string? Value(Func<string, string?> read, string name) =>
        read(name)?.Trim().NullIfBlank();

    private static string Required(Func<string, string?> read, string name) =>
        Value(read, name) ?? throw new InvalidOperationException(
            $"Railway: {name} is not set. A Railway token is present, so the deploy needs {EnvironmentNames.RailwayServiceId} and {EnvironmentNames.RailwayEnvironmentId} too (find them in the service's settings on railway.com).");

    private static Uri ApiUrlFrom(Func<string, string?> read)
    {
        var text = Value(read, EnvironmentNames.RailwayApiUrl);
        if (text is null)
        {
            return RailwaySettings.DefaultApiUrl;
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
