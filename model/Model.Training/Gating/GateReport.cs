using System.Globalization;
using System.Text;
using Mlops.Model.Training.Evaluation;

namespace Mlops.Model.Training.Gating;

/// <summary>
/// Every check of the gate, against which champion (if any) the challenger was compared, and the paired
/// differences of every metric (empty without a champion).
/// </summary>
public sealed record GateReport(IReadOnlyList<GateCheck> Checks, string? ChampionVersion, IReadOnlyList<MetricDifference>? ChampionDeltas = null)
{
    /// <summary>Each metric's own bootstrap interval for the challenger and (when there is one) the champion, for the gate's picture.</summary>
    public GateIntervals? Intervals { get; init; }

    public bool Passed => Checks.All(c => c.Passed);

    public bool HasChampion => ChampionVersion is not null;

    public IEnumerable<GateCheck> Failures => Checks.Where(c => !c.Passed);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| check | value [95 % interval] | bound | verdict |");
        text.AppendLine("| --- | --- | --- | --- |");
        foreach (var check in Checks)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {check.Check} | {check.Value} | {check.Bound} | {check.Verdict} |");
        }

        text.AppendLine();
        text.AppendLine(HasChampion
            ? $"Compared with the champion {ChampionVersion} on the same test split (paired bootstrap of challenger − champion)."
            : "No champion on the feed: only the thresholds were checked (first model).");
        return text.ToString();
    }
}

/// <summary>Both models' metrics on the same test rows, each with its own bootstrap interval.</summary>
public sealed record GateIntervals(IReadOnlyDictionary<string, MetricEstimate> Challenger, IReadOnlyDictionary<string, MetricEstimate>? Champion);
