using System.Diagnostics;

namespace Mlops.Integrations.Tests.Databricks;

/// <summary>
/// A test that runs the job's Python with Debian's /usr/bin/python3 (python3-xgboost, pandas); skipped,
/// saying why, on a machine without them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PythonXGBoostFactAttribute : FactAttribute
{
    public const string Python = "/usr/bin/python3";

    private static readonly Lazy<string?> MissingReason = new(FindMissingReason);

    public PythonXGBoostFactAttribute()
    {
        if (MissingReason.Value is { } reason)
        {
            Skip = reason;
        }
    }

    private static string? FindMissingReason()
    {
        if (!File.Exists(Python))
        {
            return $"{Python} is not installed: the contract test needs Debian's python3 with python3-xgboost and python3-pandas.";
        }

        using var process = Process.Start(new ProcessStartInfo(Python, ["-c", "import xgboost, pandas, numpy"])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : $"{Python} cannot import xgboost, pandas and numpy: {error.Trim()}";
    }
}
