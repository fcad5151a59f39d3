namespace Cake.Frosting.Tests.Host;

internal sealed record HostResult(int ExitCode, string Output, string Errors)
{
    /// <summary>The tasks that ran, in order, from their "ran X" lines.</summary>
    public IReadOnlyList<string> Ran =>
        [.. Output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("ran ", StringComparison.Ordinal)).Select(l => l[4..])];
}

internal static class HostHarness
{
    public static HostResult Run(Type[] tasks, string[] args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var console = new RecordingConsole();
        var host = new CakeHost().UseTasks(tasks).UseConsole(console)
            .UseEnvironmentVariables(environment ?? new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = null });
        var exitCode = host.Run(args);
        return new HostResult(exitCode, console.Output, console.Errors);
    }
}
