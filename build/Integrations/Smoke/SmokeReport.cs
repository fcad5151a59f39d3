using System.Globalization;
using System.Text;

namespace Mlops.Build.Integrations.Smoke;

public static class SmokeReport
{
    /// <summary>The table a person reads after a deploy: name, status, time, verdict.</summary>
    public static string Table(IReadOnlyList<SmokeTestResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var width = results.Max(r => r.Test.Name.Length) + 2;
        var text = new StringBuilder();
        text.Append("test".PadRight(width)).AppendLine("status  time      verdict");
        foreach (var result in results)
        {
            text.Append(result.Test.Name.PadRight(width))
                .Append((result.Status?.ToString(CultureInfo.InvariantCulture) ?? "-").PadRight(8))
                .Append(string.Create(CultureInfo.InvariantCulture, $"{result.Elapsed.TotalMilliseconds,6:0} ms  "))
                .AppendLine(result.Passed ? "pass" : "FAIL");
        }

        return text.ToString();
    }

    /// <summary>Throws naming every failed test with its request and the answer; does nothing when all passed.</summary>
    public static void ThrowOnFailure(IReadOnlyList<SmokeTestResult> results, Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(results);
        var failed = results.Where(r => !r.Passed).ToList();
        if (failed.Count > 0)
        {
            throw new SmokeTestException(
                $"{failed.Count} of {results.Count} smoke tests failed against {baseAddress}:{Environment.NewLine}" +
                string.Join(Environment.NewLine, failed.Select(r => r.Describe())) + Environment.NewLine +
                "A test from a file is a QC test: fix the model, or edit that file (name, payload, expected status or range, timeout). " +
                "A test derived from the model's card checks what every model must do.");
        }
    }
}
