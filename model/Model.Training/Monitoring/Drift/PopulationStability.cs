namespace Mlops.Model.Training.Monitoring.Drift;

/// <summary>
/// The population stability index, Σ (a − e) · ln(a / e) over bins, with e and a the reference and actual
/// proportions. Empty bins are floored at <see cref="Floor"/> so one empty bin does not make PSI infinite.
/// Common reading: below 0.1 stable, 0.1–0.25 some shift, above 0.25 a major shift.
/// </summary>
public static class PopulationStability
{
    public const double Floor = 1e-4;

    public static double Index(IReadOnlyList<double> expectedCounts, IReadOnlyList<double> actualCounts)
    {
        ArgumentNullException.ThrowIfNull(expectedCounts);
        ArgumentNullException.ThrowIfNull(actualCounts);
        if (expectedCounts.Count != actualCounts.Count)
        {
            throw new ArgumentException($"PSI compares the same bins: {expectedCounts.Count} reference bins, {actualCounts.Count} actual.");
        }

        var expectedTotal = expectedCounts.Sum();
        var actualTotal = actualCounts.Sum();
        if (!(expectedTotal > 0) || !(actualTotal > 0))
        {
            return double.NaN;
        }

        var psi = 0.0;
        for (var i = 0; i < expectedCounts.Count; i++)
        {
            var expected = Math.Max(expectedCounts[i] / expectedTotal, Floor);
            var actual = Math.Max(actualCounts[i] / actualTotal, Floor);
            psi += (actual - expected) * Math.Log(actual / expected);
        }

        return psi;
    }
}
