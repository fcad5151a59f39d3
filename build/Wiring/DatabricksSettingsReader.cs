using System.Globalization;
using Mlops.Build.Integrations;
using Mlops.Build.Integrations.Databricks;

namespace Mlops.Build;

/// <summary>The Databricks settings as the build reads them from the environment (see <see cref="EnvironmentNames"/>).</summary>
public static class DatabricksSettingsReader
{
    /// <summary>Reads the settings; a missing or malformed one fails naming the variable.</summary>
    public static DatabricksSettings FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        string? Read(string name) => variable(name)?.Trim().NullIfBlank();

        var host = Read(EnvironmentNames.DatabricksHost)
            ?? throw Missing(EnvironmentNames.DatabricksHost, "the workspace URL, e.g. https://adb-1234567890.12.azuredatabricks.net");
        var token = Read(EnvironmentNames.DatabricksToken)
            ?? throw Missing(EnvironmentNames.DatabricksToken, "a personal access token or a service principal's token");
        return new DatabricksSettings(
            HostUri(host),
            token,
            Read(EnvironmentNames.DatabricksRepoPath),
            Number(EnvironmentNames.DatabricksJobId, Read(EnvironmentNames.DatabricksJobId)),
            Read(EnvironmentNames.DatabricksOutputRoot)?.TrimEnd('/'),
            Number(EnvironmentNames.DatabricksPollSeconds, Read(EnvironmentNames.DatabricksPollSeconds)) is { } seconds
                ? TimeSpan.FromSeconds(seconds)
                : DatabricksSettings.DefaultPollInterval,
            Number(EnvironmentNames.DatabricksRunTimeoutMinutes, Read(EnvironmentNames.DatabricksRunTimeoutMinutes)) is { } minutes
                ? TimeSpan.FromMinutes(minutes)
                : DatabricksSettings.DefaultRunTimeout);
    }

    /// <summary>The folder in the workspace (a Volume) under which each run writes its model.</summary>
    public static string RequireOutputRoot(DatabricksSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.OutputRoot
            ?? throw Missing(EnvironmentNames.DatabricksOutputRoot, "the workspace folder for the job's output, e.g. /Volumes/main/mlops/models");
    }

    public static InvalidOperationException Missing(string name, string what) =>
        new($"The setting {name} is missing: set it to {what}.");

    // Databricks' own tools accept the host with or without its scheme.
    private static Uri HostUri(string host)
    {
        var withScheme = host.Contains("://", StringComparison.Ordinal) ? host : $"https://{host}";
        return Uri.TryCreate(withScheme.TrimEnd('/') + "/", UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"The setting {EnvironmentNames.DatabricksHost} is '{host}', which is not a URL.");
    }

    private static long? Number(string name, string? value)
    {
        if (value is null)
        {
            return null;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new InvalidOperationException($"The setting {name} is '{value}'; it must be a positive whole number.");
    }
}
