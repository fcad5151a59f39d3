using System.Text.RegularExpressions;

namespace Mlops.Model.Training.Monitoring.History;

/// <summary>
/// The verdicts of the previous runs, oldest first, kept in the regression issue as a hidden marker
/// <c>&lt;!-- mlops:history=B,H,B --&gt;</c> (B breach, H healthy). Runs with insufficient data are not recorded:
/// they say nothing either way. Only the last <see cref="Capacity"/> runs are kept.
/// </summary>
public sealed partial record VerdictHistory(IReadOnlyList<bool> Breaches)
{
    public const int Capacity = 50;

    public static VerdictHistory Empty { get; } = new([]);

    public string Marker => $"<!-- mlops:history={string.Join(',', Breaches.Select(b => b ? 'B' : 'H'))} -->";

    public VerdictHistory Append(bool breach) => new([.. Breaches.Append(breach).TakeLast(Capacity)]);

    public int BreachesInLast(int runs) => Breaches.TakeLast(runs).Count(b => b);

    /// <summary>The history of the last marker in the text (a comment updates the issue's history), or empty.</summary>
    public static VerdictHistory Parse(string? text)
    {
        var matches = MarkerPattern().Matches(text ?? string.Empty);
        if (matches.Count == 0)
        {
            return Empty;
        }

        var entries = matches[^1].Groups["runs"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new VerdictHistory([.. entries.Where(e => e is "B" or "H").Select(e => e == "B")]);
    }

    [GeneratedRegex(@"<!-- mlops:history=(?<runs>[BH,]*) -->")]
    private static partial Regex MarkerPattern();
}
