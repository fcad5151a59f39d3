using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Monitoring.Checks;

namespace Mlops.Model.Training.Monitoring.Quality;

/// <summary>The batch's missing rate of a column against training's: a rise beyond the limit breaches.</summary>
internal static class MissingRate
{
    public static MonitorCheck Check(ColumnProfile profile, TableColumn column, double increaseLimit)
    {
        var training = (double)profile.Missing / Math.Max(1, profile.Count + profile.Missing);
        var missing = Enumerable.Range(0, column.Count).Count(column.IsMissing);
        var batch = (double)missing / Math.Max(1, column.Count);
        var bound = $"≤ training {Percent.Of(training)} + {Percent.Of(increaseLimit)}";
        return new MonitorCheck(
            CheckNames.Missing(column.Name),
            CheckArea.Quality,
            Percent.Of(batch),
            bound,
            batch - training > increaseLimit ? CheckStatus.Breach : CheckStatus.Pass);
    }
}
