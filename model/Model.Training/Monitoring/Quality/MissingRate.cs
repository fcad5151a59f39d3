using MathNet.Numerics.Distributions;
using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Monitoring.Checks;

namespace Mlops.Model.Training.Monitoring.Quality;

/// <summary>
/// The batch's missing rate of a column against training's. It breaches when the rise passes the limit and is more
/// than chance: on 300 rows a column missing 10 % in training is missing 15 % now and then by sampling alone, so the
/// binomial test of the batch's count against training's rate must be significant too.
/// </summary>
internal static class MissingRate
{
    public static MonitorCheck Check(ColumnProfile profile, TableColumn column, QualityLimits limits)
    {
        var training = (double)profile.Missing / Math.Max(1, profile.Count + profile.Missing);
        var missing = Enumerable.Range(0, column.Count).Count(column.IsMissing);
        var batch = (double)missing / Math.Max(1, column.Count);
        var pValue = missing == 0 ? 1 : 1 - Binomial.CDF(training, column.Count, missing - 1);
        return new MonitorCheck(
            CheckNames.Missing(column.Name),
            CheckArea.Quality,
            $"{Percent.Of(batch)} (binomial p {Format.Number(pValue)})",
            $"≤ training {Percent.Of(training)} + {Percent.Of(limits.MissingRateIncrease)}, or p ≥ {Format.Number(limits.PValue)}",
            batch - training > limits.MissingRateIncrease && pValue < limits.PValue ? CheckStatus.Breach : CheckStatus.Pass);
    }
}
