namespace Mlops.Simulators.Databricks;

/// <summary>How a simulated run ends.</summary>
public enum RunOutcome
{
    Success,
    Failed,
    InternalError,
}

/// <summary>
/// A job run that moves one step each time it is read: PENDING, RUNNING, then its end
/// (TERMINATED SUCCESS, TERMINATED FAILED with a message, or INTERNAL_ERROR).
/// </summary>
public sealed class SimulatedRun(long runId, long jobId, long numberInJob, IReadOnlyDictionary<string, string> parameters, RunOutcome outcome, string? failureMessage)
{
    private static readonly string[] Steps = ["PENDING", "RUNNING"];

    private int _reads;

    public long RunId { get; } = runId;

    public long JobId { get; } = jobId;

    public long NumberInJob { get; } = numberInJob;

    public IReadOnlyDictionary<string, string> Parameters { get; } = parameters;

    public RunOutcome Outcome { get; } = outcome;

    /// <summary>The state this read reports; each read moves the run one step on.</summary>
    public (string LifeCycle, string? Result, string Message) Advance()
    {
        var step = Interlocked.Increment(ref _reads) - 1;
        if (step < Steps.Length)
        {
            return (Steps[step], null, step == 0 ? "Waiting for cluster" : "In run");
        }

        return Outcome switch
        {
            RunOutcome.Success => ("TERMINATED", "SUCCESS", string.Empty),
            RunOutcome.Failed => ("TERMINATED", "FAILED", failureMessage ?? "Task train failed with message: Workload failed."),
            _ => ("INTERNAL_ERROR", null, failureMessage ?? "Cluster could not be started."),
        };
    }
}
