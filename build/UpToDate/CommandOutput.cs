using System.Diagnostics;

namespace Mlops.Build.UpToDate;

/// <summary>A short command's exit code and standard output (git, dpkg-query), read to the end.</summary>
public sealed record CommandOutput(int ExitCode, string Output)
{
    /// <returns>Null when the command cannot be started (not installed).</returns>
    public static CommandOutput? Run(string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            // Both pipes are drained, so a chatty stderr cannot block the command.
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new CommandOutput(process.ExitCode, output + errors.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
