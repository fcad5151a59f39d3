using System.Globalization;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Monitoring.Checks;
using Mlops.Model.Training.Monitoring.Quality;

namespace Mlops.Model.Training.Monitoring;

/// <summary>
/// Judges one labelled batch: data quality against the training profile, drift per feature and of the predictions,
/// the share of drifted features, and every spec metric with its interval. Below the spec's minimum rows nothing is
/// judged: the verdict is "insufficient data".
/// </summary>
public static class MonitorEngine
{
    public static MonitorResult Evaluate(MonitorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (batch, spec) = (input.Batch, input.Spec);
        if (input.Probabilities.Count != batch.RowCount)
        {
            throw new ArgumentException($"{batch.Source} has {batch.RowCount} rows but {input.Probabilities.Count} probabilities were given.", nameof(input));
        }

        if (batch.RowCount < spec.MinimumRows)
        {
            return InsufficientData(batch.RowCount, spec.MinimumRows);
        }

        var drift = DriftChecks.Run(input.Reference, batch, spec.Drift);
        var metrics = MetricCheck.Run(batch.Labels, input.Probabilities, input.Threshold, spec);
        var share = drift.Count == 0 ? 0 : (double)drift.Count(d => d.Drifted) / drift.Count;
        var checks = new List<MonitorCheck>();
        checks.AddRange(metrics.Select(m => m.ToCheck()));
        checks.AddRange(QualityChecks.Run(input.Reference, batch, spec.Quality));
        checks.AddRange(drift.Select(ToCheck));
        checks.Add(DriftShareCheck(drift, share, spec.Drift.DriftShare));
        checks.Add(PredictionDrift.Check(input.ReferencePredictions, input.Probabilities, spec.Drift.PredictionPsi));
        var notes = checks.Where(c => c.Note is not null).Select(c => $"{c.Name} skipped: {c.Note}").ToList();
        var status = checks.Any(c => c.Breached) ? MonitorStatus.Breach : MonitorStatus.Healthy;
        return new MonitorResult(status, batch.RowCount, checks, drift, metrics, share, notes);
    }

    private static MonitorResult InsufficientData(int rows, int minimum) =>
        new(MonitorStatus.InsufficientData, rows, [], [], [], double.NaN,
            [$"{rows.ToString(CultureInfo.InvariantCulture)} rows, fewer than the spec's minimumRows of {minimum.ToString(CultureInfo.InvariantCulture)}: no drift or regression verdict."]);

    private static MonitorCheck ToCheck(FeatureDrift drift) => new(
        CheckNames.Drift(drift.Feature),
        CheckArea.Drift,
        $"PSI {Format.Number(drift.Psi)}; {drift.Test} {Format.Number(drift.TestValue)}",
        $"PSI ≤ {Format.Number(drift.PsiLimit)}; {drift.Test} {(drift.TestIsPValue ? "≥" : "≤")} {Format.Number(drift.TestLimit)}",
        drift.Drifted ? CheckStatus.Breach : CheckStatus.Pass);

    private static MonitorCheck DriftShareCheck(IReadOnlyList<FeatureDrift> drift, double share, double limit) => new(
        CheckNames.DriftShare,
        CheckArea.Drift,
        $"{Percent.Of(share)} ({drift.Count(d => d.Drifted)} of {drift.Count} features)",
        $"≤ {Percent.Of(limit)}",
        share > limit ? CheckStatus.Breach : CheckStatus.Pass);
}
