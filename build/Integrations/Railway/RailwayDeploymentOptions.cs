namespace Mlops.Build.Integrations.Railway;

/// <summary>How the deploy waits: the poll interval, the overall bound, and a clock and delay that tests can replace.</summary>
public sealed record RailwayDeploymentOptions
{
    public TimeSpan PollInterval { get; init; } = RailwaySettings.DefaultPollInterval;

    public TimeSpan Timeout { get; init; } = RailwaySettings.DefaultDeployTimeout;

    public const int DefaultHistoryDepth = 10;

    /// <summary>How many past deployments to look through for the rollback target.</summary>
    public int HistoryDepth { get; init; } = DefaultHistoryDepth;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = Task.Delay;

    /// <summary>Receives each status change, the verdict and the rollback, one line each.</summary>
    public Action<string> Log { get; init; } = _ => { };

    public static RailwayDeploymentOptions From(RailwaySettings settings, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new RailwayDeploymentOptions { PollInterval = settings.PollInterval, Timeout = settings.DeployTimeout, Log = log };
    }
}
