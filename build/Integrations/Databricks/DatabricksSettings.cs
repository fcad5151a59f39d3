namespace Mlops.Build.Integrations.Databricks;

/// <summary>
/// The Databricks settings. Host and token are required by every call; the others only by the task that needs them
/// (the build reads them from the environment under the names Databricks' own tools use).
/// </summary>
public sealed record DatabricksSettings(
    Uri Host,
    string Token,
    string? RepoPath,
    long? JobId,
    string? OutputRoot,
    TimeSpan PollInterval,
    TimeSpan RunTimeout)
{
    public static TimeSpan DefaultPollInterval { get; } = TimeSpan.FromSeconds(30);

    public static TimeSpan DefaultRunTimeout { get; } = TimeSpan.FromHours(2);
}
