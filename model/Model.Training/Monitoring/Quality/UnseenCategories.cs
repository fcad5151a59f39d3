using Mlops.Model.Profiles;
using Mlops.Model.Training.Monitoring.Checks;

namespace Mlops.Model.Training.Monitoring.Quality;

/// <summary>
/// Categories training never saw. The profile keeps every category training saw (the top K and the rare ones by
/// name), so a value is unseen only when it is in neither. A profile written before that (or of a column with more
/// distinct values than it keeps) names only the top K: then only the rise of the batch's share outside the top K
/// above training's "other" share counts, and the row says so.
/// </summary>
internal static class UnseenCategories
{
    private const int Examples = 3;

    public static MonitorCheck Check(string column, CategoryFrequencies training, IReadOnlyList<string?> values, double shareLimit)
    {
        var present = values.Where(v => v is not null).Select(v => v!).ToList();
        return training.Other == 0 || training.Rare is not null
            ? Exact(column, training, present, shareLimit)
            : OutsideTop(column, training, present, shareLimit);
    }

    private static MonitorCheck Exact(string column, CategoryFrequencies training, List<string> present, double shareLimit)
    {
        var seen = training.Top.Concat(training.Rare ?? []).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var unseen = present.Where(v => !seen.Contains(v)).ToList();
        var share = present.Count == 0 ? 0 : (double)unseen.Count / present.Count;
        var examples = unseen.Distinct(StringComparer.Ordinal).Take(Examples).Select(v => $"'{v}'");
        var value = unseen.Count == 0 ? Percent.Of(0) : $"{Percent.Of(share)} ({unseen.Count} values, e.g. {string.Join(", ", examples)})";
        return new MonitorCheck(CheckNames.Unseen(column), CheckArea.Quality, value, $"≤ {Percent.Of(shareLimit)}", share > shareLimit ? CheckStatus.Breach : CheckStatus.Pass);
    }

    private static MonitorCheck OutsideTop(string column, CategoryFrequencies training, List<string> present, double shareLimit)
    {
        var known = training.Top.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var share = present.Count == 0 ? 0 : (double)present.Count(v => !known.Contains(v)) / present.Count;
        var trainingTotal = training.Top.Sum(c => c.Count) + training.Other;
        var trainingOther = trainingTotal == 0 ? 0 : (double)training.Other / trainingTotal;
        return new MonitorCheck(
            CheckNames.Unseen(column),
            CheckArea.Quality,
            $"{Percent.Of(share)} outside the top {training.Top.Count} vs {Percent.Of(trainingOther)} in training (the profile does not name the rest)",
            $"rise ≤ {Percent.Of(shareLimit)}",
            share - trainingOther > shareLimit ? CheckStatus.Breach : CheckStatus.Pass);
    }
}
