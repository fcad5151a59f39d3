using MathNet.Numerics.Distributions;

namespace Mlops.Model.Training.Monitoring.Drift;

/// <summary>Drift of a categorical column: chi-square goodness of fit for small batches, Jensen–Shannon for large ones.</summary>
public static class CategoricalDrift
{
    /// <summary>Pearson's χ² of the batch's counts against the reference proportions, with k − 1 degrees of freedom.</summary>
    public static DriftTest ChiSquare(IReadOnlyList<double> referenceCounts, IReadOnlyList<double> actualCounts)
    {
        CheckSameCategories(referenceCounts, actualCounts);
        var referenceTotal = referenceCounts.Sum();
        var actualTotal = actualCounts.Sum();
        if (!(referenceTotal > 0) || !(actualTotal > 0) || referenceCounts.Count < 2)
        {
            return new DriftTest(double.NaN, double.NaN);
        }

        var statistic = 0.0;
        for (var i = 0; i < referenceCounts.Count; i++)
        {
            var expected = Math.Max(referenceCounts[i] / referenceTotal, PopulationStability.Floor) * actualTotal;
            statistic += Math.Pow(actualCounts[i] - expected, 2) / expected;
        }

        return new DriftTest(statistic, 1 - ChiSquared.CDF(referenceCounts.Count - 1, statistic));
    }

    /// <summary>The Jensen–Shannon distance (square root of the divergence, base 2): 0 identical, 1 disjoint.</summary>
    public static double JensenShannon(IReadOnlyList<double> referenceCounts, IReadOnlyList<double> actualCounts)
    {
        CheckSameCategories(referenceCounts, actualCounts);
        var p = Normalize(referenceCounts);
        var q = Normalize(actualCounts);
        if (p is null || q is null)
        {
            return double.NaN;
        }

        var divergence = 0.0;
        for (var i = 0; i < p.Length; i++)
        {
            var m = (p[i] + q[i]) / 2;
            divergence += (Term(p[i], m) + Term(q[i], m)) / 2;
        }

        return Math.Sqrt(Math.Max(divergence, 0));
    }

    private static double Term(double x, double m) => x > 0 ? x * Math.Log2(x / m) : 0;

    private static double[]? Normalize(IReadOnlyList<double> counts)
    {
        var total = counts.Sum();
        return total > 0 ? [.. counts.Select(c => c / total)] : null;
    }

    private static void CheckSameCategories(IReadOnlyList<double> reference, IReadOnlyList<double> actual)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(actual);
        if (reference.Count != actual.Count)
        {
            throw new ArgumentException($"Both distributions need the same categories: {reference.Count} reference, {actual.Count} actual.");
        }
    }
}
