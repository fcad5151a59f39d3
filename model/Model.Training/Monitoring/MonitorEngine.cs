using System.Globalization;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Monitoring.Checks;
using Mlops.Model.Training.Monitoring.Quality;

namespace Mlops.Model.Training.Monitoring;

/// <summary>
/// Judges one labelled batch: data quality against the training profile, drift per feature and of the predictions,
/// the share of drifted features, and every spec metric with its interval. Below the spec's minimum rows, or of either
/// class, nothing is judged: the verdict is "insufficient data".
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

        if (TooLittle(batch, spec) is { } why)
        {
            return MonitorResult.InsufficientData(batch.RowCount, why);
        }

        var drift = DriftChecks.Run(input.Reference, batch, spec.Drift);
        var metrics = MetricCheck.Run(batch.Labels, input.Probabilities, input.Threshold, spec);
        var share = drift.Count == 0 ? 0 : (double)drift.Count(d => d.Drifted) / drift.Count;
        var checks = new List<MonitorCheck>();
        checks.AddRange(metrics.Select(m => m.ToCheck()));
        checks.AddRange(QualityChecks.Run(input.Reference, batch, spec.Quality, input.Declared));
        checks.AddRange(drift.Select(ToCheck));
        checks.Add(DriftShareCheck(drift, share, spec.Drift.DriftShare));
        checks.Add(PredictionDrift.Check(input.ReferencePredictions, input.Probabilities, spec.Drift.PredictionPsi, spec.Drift.KsPValue));
        var notes = checks.Where(c => c.Note is not null).Select(c => $"{c.Name} skipped: {c.Note}").ToList();
        var status = checks.Any(c => c.Breached) ? MonitorStatus.Breach : MonitorStatus.Healthy;
        return new MonitorResult(status, batch.RowCount, checks, drift, metrics, share, notes);
    }

    /// <summary>Why the batch is too small to judge, or null.</summary>
    private static string? TooLittle(ColumnTable batch, MonitoringSpec spec)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(spec);
        var (rows, positives) = (batch.RowCount, batch.PositiveCount);
        if (rows < spec.MinimumRows)
        {
            return RowsNote(rows, spec.MinimumRows);
        }

        var fewest = Math.Min(positives, rows - positives);
        return fewest < spec.MinimumPerClass
            ? string.Create(CultureInfo.InvariantCulture, $"{positives} positive and {rows - positives} negative rows: fewer than the spec's minimumPerClass of {spec.MinimumPerClass} in one class, so neither the metrics nor the drift (a one-sided mix of the classes) can be judged.")
            : null;
    }

    internal static string RowsNote(int rows, int minimum) =>
        string.Create(CultureInfo.InvariantCulture, $"{rows} rows, fewer than the spec's minimumRows of {minimum}: no drift or regression verdict.");

    private static MonitorCheck ToCheck(FeatureDrift drift) => new(
        CheckNames.Drift(drift.Feature),
        CheckArea.Drift,
        $"{drift.Test} p {Format.Number(drift.PValue)}; PSI {Format.Number(drift.Psi)}; {drift.Distance} {Format.Number(drift.DistanceValue)}; {drift.Change}",
        drift.LargeSample
            ? $"{drift.Test} p ≥ {Format.Number(drift.PValueLimit)}, or {drift.Distance} ≤ {Format.Number(drift.DistanceLimit)} and PSI ≤ {Format.Number(drift.PsiLimit)}"
            : $"{drift.Test} p ≥ {Format.Number(drift.PValueLimit)}",
        drift.Drifted ? CheckStatus.Breach : CheckStatus.Pass);

    private static MonitorCheck DriftShareCheck(IReadOnlyList<FeatureDrift> drift, double share, double limit) => new(
        CheckNames.DriftShare,
        CheckArea.Drift,
        $"{Percent.Of(share)} ({drift.Count(d => d.Drifted)} of {drift.Count} features)",
        $"≤ {Percent.Of(limit)}",
        share > limit ? CheckStatus.Breach : CheckStatus.Pass);
}
