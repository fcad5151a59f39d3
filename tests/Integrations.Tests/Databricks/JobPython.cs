using System.Diagnostics;

namespace Mlops.Integrations.Tests.Databricks;

/// <summary>Runs a script of model/databricks with Debian's python3 and returns what it printed; a failure shows its output.</summary>
internal static class JobPython
{
    public static string Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(PythonXGBoostFactAttribute.Python, [RepositoryRoot.File("model", "databricks", script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"{script} exited with {process.ExitCode}:\n{output.Result}\n{error}");
    }
}
