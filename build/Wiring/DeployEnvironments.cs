using Cake.Core.Diagnostics;
using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Build.Integrations.Railway;

namespace Mlops.Build;

/// <summary>
/// The deploy environments, in promotion order, and the provider each one uses: Railway when the environment has a
/// Railway token (STAGING_RAILWAY_TOKEN, PRODUCTION_RAILWAY_TOKEN or the plain RAILWAY_TOKEN for production), else local.
/// Deploy, Promote and Monitor's retraining all take their provider from here.
/// </summary>
public static class DeployEnvironments
{
    public const string Staging = "staging";
    public const string Production = "production";

    public static IReadOnlyList<string> Names { get; } = [Staging, Production];

    /// <summary>The environment a setting names, checked against <see cref="Names"/>.</summary>
    public static string Parse(string? name, string source, string fallback)
    {
        var value = string.IsNullOrWhiteSpace(name) ? fallback : name.Trim().ToLowerInvariant();
        return Names.Contains(value)
            ? value
            : throw new ArgumentException($"{source} must be one of {string.Join(", ", Names)}, not '{name}'.", nameof(name));
    }

    public static IDeployProvider Provider(BuildContext context, string environment, IModelFeed feed)
    {
        ArgumentNullException.ThrowIfNull(context);
        void Log(string line) => context.Log.Information("{0}", line);
        var paths = context.Paths;
        var source = new ReleaseSource(feed, context.Model.Spec.ModelId, paths.SmokeTests, paths.DeployDownloads, Log);
        var railway = RailwaySettingsOf(environment, context.Environment.GetEnvironmentVariable);
        return railway is null
            ? new LocalDeployProvider(environment, source, new LocalEnvironmentFolders(paths.ApiProject, paths.DeployApi, paths.DeployEnvironment(environment)), Log)
            : new RailwayDeployProvider(environment, source, railway, paths.DeployEnvironment(environment), Log, context.AppendJobSummary);
    }

    /// <summary>The environment's Railway settings; null without a token; a clear error when a token lacks its ids.</summary>
    public static RailwaySettings? RailwaySettingsOf(string environment, Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        string Name(string name) => Scoped(environment, name, read);
        string? Value(string name) => read(Name(name)) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        var projectToken = Value(EnvironmentNames.RailwayToken);
        var accountToken = Value(EnvironmentNames.RailwayApiToken);
        if (projectToken is null && accountToken is null)
        {
            return null;
        }

        string Required(string name) => Value(name) ?? throw new InvalidOperationException(
            $"Railway ({environment}): {Name(name)} is not set. A Railway token is present, so the deploy needs {Name(EnvironmentNames.RailwayServiceId)} and {Name(EnvironmentNames.RailwayEnvironmentId)} too (find them in the service's settings on railway.com).");
        var kind = projectToken is null ? RailwayTokenKind.Account : RailwayTokenKind.Project;
        return new RailwaySettings
        {
            // A project token is the narrower credential, so it wins when both are set.
            Token = projectToken ?? accountToken!,
            TokenKind = kind,
            ServiceId = Required(EnvironmentNames.RailwayServiceId),
            EnvironmentId = Required(EnvironmentNames.RailwayEnvironmentId),
            // An account token cannot tell the project, and setting the model version needs it.
            ProjectId = kind == RailwayTokenKind.Account ? Required(EnvironmentNames.RailwayProjectId) : Value(EnvironmentNames.RailwayProjectId),
            ApiUrl = RailwaySettings.ApiUrlOrDefault(Value(EnvironmentNames.RailwayApiUrl), Name(EnvironmentNames.RailwayApiUrl)),
            PollInterval = RailwaySettings.SecondsOrDefault(Value(EnvironmentNames.RailwayPollSeconds), Name(EnvironmentNames.RailwayPollSeconds), RailwaySettings.DefaultPollInterval),
            DeployTimeout = RailwaySettings.SecondsOrDefault(Value(EnvironmentNames.RailwayDeployTimeoutSeconds), Name(EnvironmentNames.RailwayDeployTimeoutSeconds), RailwaySettings.DefaultDeployTimeout),
        };
    }

    /// <summary>
    /// The name a setting has in this environment: its own (STAGING_RAILWAY_SERVICE_ID); production without a token of
    /// its own reads the plain names, so a repository with one Railway environment keeps working. Staging never reads
    /// production's settings.
    /// </summary>
    private static string Scoped(string environment, string name, Func<string, string?> read) =>
        environment == Production && !HasAnyOwnToken(environment, read) ? name : EnvironmentNames.ForDeployEnvironment(environment, name);

    private static bool HasAnyOwnToken(string environment, Func<string, string?> read) =>
        !string.IsNullOrWhiteSpace(read(EnvironmentNames.ForDeployEnvironment(environment, EnvironmentNames.RailwayToken)))
        || !string.IsNullOrWhiteSpace(read(EnvironmentNames.ForDeployEnvironment(environment, EnvironmentNames.RailwayApiToken)));
}
