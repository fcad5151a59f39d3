using Mlops.Build.Integrations.Http;

namespace Mlops.Build;

/// <summary>
/// The secrets the build knows of: every variable that the workflows fill from repository secrets. All are
/// registered with the masker when the build starts, whatever the target, so that an error from any service
/// that echoes one of them (Railway repeating the NuGet key, say) prints *** instead.
/// </summary>
public static class BuildSecrets
{
    public static IReadOnlyList<string> Names { get; } =
    [
        EnvironmentNames.NuGetApiKey, EnvironmentNames.GitHubToken, EnvironmentNames.RailwayToken, EnvironmentNames.RailwayApiToken,
        EnvironmentNames.RailwayServiceId, EnvironmentNames.RailwayEnvironmentId, EnvironmentNames.DatabricksHost, EnvironmentNames.DatabricksToken,
    ];

    /// <summary>Registers each secret that is set; answers the ::add-mask:: lines that tell GitHub Actions' runner to mask them too.</summary>
    public static IReadOnlyList<string> Register(Func<string, string?> variable, SecretMasker masker)
    {
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(masker);
        return [.. Names.Select(variable).Select(masker.Register).OfType<string>()];
    }
}
