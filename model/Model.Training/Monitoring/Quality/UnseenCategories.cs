using Mlops.Model.Profiles;
using Mlops.Model.Training.Monitoring.Checks;

namespace Mlops.Model.Training.Monitoring.Quality;

/// <summary>
/// Categories training never saw. The profile names only the top K categories and sums the rest as "other", so:
/// when training's "other" is empty every category outside the top K is new and counts in full; when training had
/// rare categories in "other", a value outside the top K may be one of them, so only the rise of the batch's
/// outside-top-K share above training's "other" share counts as unseen.
/// </summary>
internal static class UnseenCategories
{
    public static MonitorCheck Check(string column, CategoryFrequencies training, IReadOnlyList<string?> values, double shareLimit)
    {
        var known = training.Top.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var present = values.Where(v => v is not null).ToList();
        var outside = present.Count(v => !known.Contains(v!));
        var share = present.Count == 0 ? 0 : (double)outside / present.Count;
        var trainingTotal = training.Top.Sum(c => c.Count) + training.Other;
        var trainingOther = trainingTotal == 0 ? 0 : (double)training.Other / trainingTotal;
        var unseen = Math.Max(0, share - trainingOther);
        var value = training.Other == 0
            ? $"{Percent.Of(unseen)} ({outside} values)"
            : $"{Percent.Of(share)} outside the top {training.Top.Count} vs {Percent.Of(trainingOther)} in training";
        return new MonitorCheck(
            CheckNames.Unseen(column),
            CheckArea.Quality,
            value,
            training.Other == 0 ? $"≤ {Percent.Of(shareLimit)}" : $"rise ≤ {Percent.Of(shareLimit)}",
            unseen > shareLimit ? CheckStatus.Breach : CheckStatus.Pass);
    }
}
