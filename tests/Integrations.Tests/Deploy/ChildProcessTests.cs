using System.Diagnostics;
using Mlops.Build.Integrations.Deploy;

namespace Mlops.Integrations.Tests.Deploy;

/// <summary>A child's exit is reported only with its whole output, so an error built from it carries the reason.</summary>
public sealed class ChildProcessTests
{
    [Fact]
    public void A_child_seen_to_have_exited_has_its_last_words_in_the_output()
    {
        // Much output before the last line, so the exit comes well before the pipes are read to their end.
        var start = new ProcessStartInfo("sh") { ArgumentList = { "-c", "seq 1 200000; echo 'the last words'; exit 3" } };
        using var child = ChildProcess.Start(start);

        while (!child.HasExited)
        {
            Thread.Sleep(1);
        }

        Assert.Equal(3, child.ExitCode);
        Assert.EndsWith("the last words", child.Output, StringComparison.Ordinal);
    }
}
