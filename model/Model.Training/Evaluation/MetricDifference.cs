namespace Mlops.Model.Training.Evaluation;

/// <summary>
/// Challenger minus champion for one metric on the same rows, with the paired bootstrap interval of that difference.
/// </summary>
public sealed record MetricDifference(
    string Metric, double ChallengerValue, double ChampionValue, double Delta, double Lower, double Upper)
{
    /// <summary>
    /// True when the challenger is worse by more than <paramref name="tolerance"/> with the interval's confidence:
    /// the whole interval lies below −tolerance, or above +tolerance for metrics where lower is better
    /// (<see cref="MetricNames.LowerIsBetter"/>). An undefined (NaN) interval is never significantly worse.
    /// </summary>
    public bool IsSignificantlyWorse(double tolerance)
    {
        if (!(tolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, $"The tolerance for '{Metric}' must be 0 or more.");
        }

        return MetricNames.LowerIsBetter(Metric) ? Lower > tolerance : Upper < -tolerance;
    }
}
