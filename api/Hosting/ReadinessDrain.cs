using Microsoft.Extensions.Options;

namespace Mlops.Api.Hosting;

/// <summary>
/// On shutdown, keeps the server answering for <see cref="ApiOptions.ShutdownDrainSeconds"/> while /ready
/// says 503, so a load balancer takes the instance out of rotation before its connections close.
/// Registered after the web server, so the host stops this service first and the server last.
/// </summary>
internal sealed partial class ReadinessDrain(IOptions<ApiOptions> options, ILogger<ReadinessDrain> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var seconds = options.Value.ShutdownDrainSeconds;
        if (seconds == 0)
        {
            return;
        }

        LogDraining(logger, seconds);

        // The host's own shutdown timeout cuts the drain short; that is the end of the drain, not an error.
        await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: /ready answers 503 for {Seconds} s before the server closes its connections.")]
    private static partial void LogDraining(ILogger logger, int seconds);
}
