namespace Mlops.Simulators.GitHub;

/// <summary>The faults queued for the next calls, taken one per call in order.</summary>
public sealed class GitHubFaults
{
    private readonly Queue<GitHubFault> _queue = new();
    private readonly Lock _gate = new();

    public void Next(GitHubFault fault, int times = 1)
    {
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _queue.Enqueue(fault);
            }
        }
    }

    public GitHubFault? Take()
    {
        lock (_gate)
        {
            return _queue.TryDequeue(out var fault) ? fault : null;
        }
    }
}
