namespace Mlops.Simulators.GitHub;

/// <summary>
/// The faults queued for the next calls, in order (a fault may wait for a call of a given method and path), and a
/// fault that recurs on every Nth call, as a flaky proxy in front of GitHub would answer.
/// </summary>
public sealed class GitHubFaults
{
    private readonly List<Entry> _queue = [];
    private readonly Lock _gate = new();
    private (int Period, GitHubFault Fault)? _recurring;
    private int _calls;

    /// <summary>Answers every <paramref name="period"/>th call from now on (the Nth, 2Nth, …) with the fault; queued faults come first.</summary>
    public void Every(int period, GitHubFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        lock (_gate)
        {
            _recurring = (period, fault);
            _calls = 0;
        }
    }

    /// <summary>Answers the next <paramref name="times"/> calls with the fault.</summary>
    public void Next(GitHubFault fault, int times = 1) => Add(fault, times, null, null);

    /// <summary>Answers the next call of <paramref name="method"/> to a path ending with <paramref name="pathSuffix"/> with the fault.</summary>
    public void NextOn(string method, string pathSuffix, GitHubFault fault) => Add(fault, 1, method, pathSuffix);

    public GitHubFault? Take(string method, string path)
    {
        lock (_gate)
        {
            _calls++;
            var index = _queue.FindIndex(entry => entry.Matches(method, path));
            if (index < 0)
            {
                return _recurring is var (period, fault) && _calls % period == 0 ? fault : null;
            }

            var queued = _queue[index].Fault;
            _queue.RemoveAt(index);
            return queued;
        }
    }

    private void Add(GitHubFault fault, int times, string? method, string? pathSuffix)
    {
        lock (_gate)
        {
            _queue.AddRange(Enumerable.Repeat(new Entry(fault, method, pathSuffix), times));
        }
    }

    private sealed record Entry(GitHubFault Fault, string? Method, string? PathSuffix)
    {
        public bool Matches(string method, string path) =>
            (Method is null || Method == method) && (PathSuffix is null || path.EndsWith(PathSuffix, StringComparison.Ordinal));
    }
}
