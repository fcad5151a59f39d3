using System.Diagnostics;

namespace Mlops.Build.Integrations.Deploy;

/// <summary>
/// A process the build starts and owns: its output is kept (the newest lines) for error messages, and it dies with
/// its owner, on dispose and when the build process exits, together with any process it started.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private const int KeptLines = 400;

    /// <summary>How long an exited process's output may take to reach its end (a grandchild could hold the pipes open).</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly Action<string>? _onLine;
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    // Completed when both streams (stdout, stderr) have been read to their end.
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _openStreams = 2;

    private ChildProcess(Process process, Action<string>? onLine)
    {
        _process = process;
        _onLine = onLine;
    }

    public int Id => _process.Id;

    /// <summary>
    /// True once the process has exited and its output has been read to the end, so that <see cref="Output"/> holds its
    /// last words: the exit is reported before the pipes' last lines are read.
    /// </summary>
    public bool HasExited
    {
        get
        {
            if (!_process.HasExited)
            {
                return false;
            }

            _drained.Task.Wait(DrainTimeout);
            return true;
        }
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>What the process wrote to stdout and stderr, interleaved as received (the newest lines only).</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return string.Join(Environment.NewLine, _lines);
            }
        }
    }

    /// <summary>Starts the process with its output captured; <paramref name="onLine"/> also sees each line as it comes.</summary>
    public static ChildProcess Start(ProcessStartInfo start, Action<string>? onLine = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var child = new ChildProcess(new Process { StartInfo = start }, onLine);
        child._process.OutputDataReceived += (_, line) => child.Append(line.Data);
        child._process.ErrorDataReceived += (_, line) => child.Append(line.Data);
        // Registered before the start, so there is no moment when a dying build would leave the child running.
        AppDomain.CurrentDomain.ProcessExit += child.OnOwnerExit;
        try
        {
            child._process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            child.Dispose();
            throw new InvalidOperationException($"Could not start '{start.FileName}': {exception.Message}", exception);
        }

        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for the exit and for the output's end (Process.WaitForExitAsync waits for both).</summary>
    public async Task WaitForExitAsync(CancellationToken cancellationToken) =>
        await _process.WaitForExitAsync(cancellationToken);

    /// <summary>Kills the process and its children if still running, then releases it.</summary>
    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnOwnerExit;
        Kill();
        _process.Dispose();
    }

    private void OnOwnerExit(object? sender, EventArgs e) => Kill();

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone: nothing is left to stop.
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            // A stream's end: everything it carried has been appended.
            if (Interlocked.Decrement(ref _openStreams) == 0)
            {
                _drained.TrySetResult();
            }

            return;
        }

        lock (_gate)
        {
            _lines.Enqueue(line);
            if (_lines.Count > KeptLines)
            {
                _lines.Dequeue();
            }
        }

        _onLine?.Invoke(line);
    }
}
