using Mlops.Model.Profiles;

namespace Mlops.Model.Training.Profiling;

/// <summary>Frequencies of a categorical or boolean column: top K by count (ties by value), the rest as "other".</summary>
internal static class CategoryStatistics
{
    public static (CategoryFrequencies Frequencies, long Missing) Compute(IReadOnlyList<string?> values, int topK, int vocabularyLimit)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        long missing = 0;
        foreach (var value in values)
        {
            if (value is null)
            {
                missing++;
            }
            else
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }

        var ranked = counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        var top = ranked.Take(topK).Select(pair => new CategoryCount(pair.Key, pair.Value)).ToList();
        var other = ranked.Skip(topK).Sum(pair => pair.Value);
        var rare = counts.Count <= vocabularyLimit ? ranked.Skip(topK).Select(pair => new CategoryCount(pair.Key, pair.Value)).ToList() : null;
        return (new CategoryFrequencies(counts.Count, top, other) { Rare = rare }, missing);
    }

    public static IReadOnlyList<string?> BooleansAsText(double[] values) =>
        values.Select(value => double.IsNaN(value) ? null : value == 1 ? "true" : "false").ToArray();
}
