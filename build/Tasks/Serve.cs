using System.Runtime.InteropServices;
using Cake.Common;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Model.Training.Spec;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Serve))]
[TaskDescription("Runs the API with the newest model (artifacts/model/, else the feed's newest) on 127.0.0.1:8002 (--port) until Ctrl+C or SIGTERM")]
public sealed class Serve : AsyncFrostingTask<BuildContext>
{
    public const int DefaultPort = 8002;

    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var url = new Uri($"http://127.0.0.1:{context.Argument(ArgumentNames.Port, DefaultPort)}/");
        await ApiPublisher.PublishAsync(context.Paths.ApiProject, context.Paths.DeployApi, ApiPublisher.Configuration, CancellationToken.None);
        using var feed = context.OpenFeed();
        var (model, origin) = await ServedModelSource.ResolveAsync(context.Paths.ModelArtifacts, context.Paths.DeployApi, context.Paths.DeployDownloads, feed, context.Model.Spec.ModelId, CancellationToken.None);
        context.Log.Information("Serving {0} at {1} (the dashboard is at /). Ctrl+C stops it.", origin, url);
        using var stop = new CancellationTokenSource();
        // Ctrl+C, or a supervisor's SIGTERM: stop the API and let the build end normally, instead of the default of
        // ending the build at once with the API still running.
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }

        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var exitCode = await ForegroundApi.RunAsync(context.Paths.DeployApi, model, url, line => context.Log.Information("{0}", line), stop.Token);
        if (exitCode is { } code && code != 0)
        {
            throw new InvalidOperationException($"The API stopped by itself with exit code {code}; its log is above.");
        }
    }
}
