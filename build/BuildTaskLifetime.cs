using System.Diagnostics;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Model.History.Records;

namespace Mlops.Build;

/// <summary>Times every task, so a slow step shows in the log and in the run history (the seed project stored step timings).</summary>
public sealed class BuildTaskLifetime : FrostingTaskLifetime<BuildContext>
{
    private readonly Stopwatch _clock = new();
    private DateTimeOffset _started;

    public override void Setup(BuildContext context, ITaskSetupContext info)
    {
        _started = DateTimeOffset.UtcNow;
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

        var outcome = info.Skipped ? StepOutcome.Skipped : info.Successful ? StepOutcome.Succeeded : StepOutcome.Failed;
        context.History.Step(new StepTiming(info.Task.Name, _started, _clock.Elapsed, outcome));
    }
}
