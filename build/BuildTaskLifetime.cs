using System.Diagnostics;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace Mlops.Build;

/// <summary>Times every task, so a slow step shows in the log (the seed project stored step timings).</summary>
public sealed class BuildTaskLifetime : FrostingTaskLifetime<BuildContext>
{
    private readonly Stopwatch _clock = new();

    public override void Setup(BuildContext context, ITaskSetupContext info)
    {
        _clock.Restart();
    }

    public override void Teardown(BuildContext context, ITaskTeardownContext info)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(info);
        if (!info.Skipped)
        {
            context.Log.Verbose("{0} took {1:0.0} s.", info.Task.Name, _clock.Elapsed.TotalSeconds);
        }
    }
}
