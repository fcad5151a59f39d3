using System.Text.RegularExpressions;

namespace Mlops.Model.Training.Monitoring.Issues;

/// <summary>
/// The breached checks a regression issue last reported, kept as a hidden marker <c>&lt;!-- mlops:checks=a,b --&gt;</c> in
/// its body and in each breach comment, so the next breach can say what changed. Names are URL-escaped (a column name
/// may hold a comma).
/// </summary>
public static partial class CheckSetMarker
{
    public static string For(IEnumerable<string> checks) =>
        $"<!-- mlops:checks={string.Join(',', checks.Select(Uri.EscapeDataString))} -->";

    /// <summary>The checks of the last marker in the text (a comment updates the issue's set), or empty.</summary>
    public static IReadOnlyList<string> Parse(string? text)
    {
        var matches = Pattern().Matches(text ?? string.Empty);
        return matches.Count == 0
            ? []
            : [.. matches[^1].Groups["checks"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString)];
    }

    [GeneratedRegex(@"<!-- mlops:checks=(?<checks>[^ ]*) -->")]
    private static partial Regex Pattern();
}
