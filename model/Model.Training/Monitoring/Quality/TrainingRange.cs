using Mlops.Model.Profiles;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Monitoring.Checks;

namespace Mlops.Model.Training.Monitoring.Quality;

/// <summary>
/// The share of a numeric column's present values outside the training min–max. A share, not any single value:
/// a fresh sample from the training distribution lands just outside the observed extremes now and then.
/// </summary>
internal static class TrainingRange
{
    public static MonitorCheck Check(string column, NumericSummary training, IReadOnlyList<double> values, double shareLimit)
    {
        var present = values.Where(v => !double.IsNaN(v)).ToList();
        var outside = present.Count(v => v < training.Min || v > training.Max);
        var share = present.Count == 0 ? 0 : (double)outside / present.Count;
        return new MonitorCheck(
            CheckNames.Range(column),
            CheckArea.Quality,
            $"{Percent.Of(share)} outside [{Format.Number(training.Min)}, {Format.Number(training.Max)}]",
            $"≤ {Percent.Of(shareLimit)}",
            share > shareLimit ? CheckStatus.Breach : CheckStatus.Pass);
    }
}
