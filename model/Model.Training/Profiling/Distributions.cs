using Mlops.Model.Profiles;

namespace Mlops.Model.Training.Profiling;

/// <summary>
/// The <see cref="ValueDistribution"/> of a numeric column: exact counts of its distinct values when there are at most
/// <c>points</c> of them, else the order statistics at ranks (i + ½) · n / points (one multi-quickselect, no full sort).
/// </summary>
internal static class Distributions
{
    public static ValueDistribution Of(double[] values, int points)
    {
        var present = values.Where(v => !double.IsNaN(v)).ToArray();
        var counts = new Dictionary<double, long>();
        foreach (var value in present)
        {
            counts[value] = counts.GetValueOrDefault(value) + 1;
            if (counts.Count > points)
            {
                return Quantiles(present, points);
            }
        }

        var ordered = counts.OrderBy(pair => pair.Key).ToList();
        return new ValueDistribution([.. ordered.Select(p => p.Key)], [.. ordered.Select(p => p.Value)], Exact: true);
    }

    private static ValueDistribution Quantiles(double[] present, int points)
    {
        var ranks = Enumerable.Range(0, points).Select(i => (int)((i + 0.5) * present.Length / points)).Distinct().ToArray();
        OrderStatistics.Select(present, ranks);
        return new ValueDistribution([.. ranks.Select(r => present[r])], [.. ranks.Select(_ => 1L)], Exact: false);
    }
}
