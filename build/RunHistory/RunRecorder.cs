using Mlops.Model.History;
using Mlops.Model.History.Records;

namespace Mlops.Build.RunHistory;

/// <summary>
/// Records one build run in the run-history store. The run's row is written with its first fact (a profile, metrics,
/// a verdict, a deployment) or its first failed step, so targets that touch no model (Test, History, Clean) leave no
/// trace; the step timings measured before that are kept and written with it. The store is opened on first use.
/// </summary>
public sealed class RunRecorder(HistoryLocation location, Func<RunStart> describeRun) : IDisposable
{
    private readonly List<StepTiming> pendingSteps = [];
    private HistoryStore? store;
    private RunStart? run;
    private int steps;

    public HistoryLocation Location => location;

    /// <summary>The run's id once it is recorded, else null.</summary>
    public string? RunId => run?.RunId;

    /// <summary>Writes one fact of this run, recording the run itself first if it is not yet.</summary>
    public void Record(Action<HistoryStore, string> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var id = EnsureStarted();
        write(Store(), id);
    }

    /// <summary>The store itself, for what belongs to no run in particular (the monitor's ledger reads).</summary>
    public HistoryStore Store() => store ??= HistoryStore.Open(location);

    public void Step(StepTiming step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (run is null && step.Outcome == StepOutcome.Failed)
        {
            EnsureStarted();
        }

        if (run is null)
        {
            pendingSteps.Add(step);
            return;
        }

        Store().AddStep(run.RunId, steps++, step);
    }

    public void Finish(bool succeeded)
    {
        if (run is not null)
        {
            Store().FinishRun(run.RunId, DateTimeOffset.UtcNow, succeeded);
        }
    }

    public void Dispose() => store?.Dispose();

    private string EnsureStarted()
    {
        if (run is not null)
        {
            return run.RunId;
        }

        run = describeRun();
        Store().StartRun(run);
        foreach (var step in pendingSteps)
        {
            Store().AddStep(run.RunId, steps++, step);
        }

        pendingSteps.Clear();
        return run.RunId;
    }
}
