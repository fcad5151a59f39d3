using System.Globalization;
using System.Text;
using Mlops.Model.Cards;

namespace Mlops.Model.Training.Reporting;

/// <summary>The model card as Markdown: the package README, the GitHub release notes, the top of report.md.</summary>
public static class ModelCardMarkdown
{
    public static string Render(ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var text = new StringBuilder();
        Line(text, $"# {card.ModelId} {card.Version}");
        text.AppendLine();
        Line(text, $"Trained{Family(card.Trainer)} {card.CreatedAt:yyyy-MM-dd HH:mm} UTC from commit `{card.GitCommit}`{TrainedBy(card.TrainedBy)}.");
        text.AppendLine("Load it with `Mlops.Model.PackagedModel.Load()` and score records in-process.");
        text.AppendLine();
        AppendData(text, card);
        AppendMetrics(text, card);
        AppendConfusion(text, card.ConfusionMatrix, card.Threshold);
        AppendCalibration(text, card.Calibration);
        AppendFeatures(text, card.Features);
        AppendGate(text, card.Gate);
        return text.ToString();
    }

    private static string Family(string? trainer) => trainer is null ? string.Empty : $" with {trainer}";

    private static void AppendCalibration(StringBuilder text, IReadOnlyList<CalibrationBin> bins)
    {
        if (bins.Count == 0)
        {
            return;
        }

        text.AppendLine("## Calibration on the test split");
        text.AppendLine();
        text.AppendLine("| probability | rows | mean predicted | observed positive rate |");
        text.AppendLine("| --- | --- | --- | --- |");
        foreach (var bin in bins)
        {
            Line(text, $"| {bin.Lower:0.0}–{bin.Upper:0.0} | {bin.Rows:N0} | {bin.MeanPredicted:0.000} | {bin.ObservedRate:0.000} |");
        }

        text.AppendLine();
    }

    private static string TrainedBy(RemoteRun? run) =>
        run is null
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" by {run.Service} run {run.RunId} of job {run.JobId}{(run.RunPageUrl is null ? string.Empty : $" ({run.RunPageUrl})")}");

    private static void AppendData(StringBuilder text, ModelCard card)
    {
        var data = card.Data;
        text.AppendLine("## Data");
        text.AppendLine();
        Line(text, $"{data.Rows:N0} rows ({data.TrainRows:N0} train, {data.ValidationRows:N0} validation, {data.TestRows:N0} test), {data.PositiveRate:P1} positive; fingerprint `{data.Fingerprint}`.");
        text.AppendLine();
    }

    private static void AppendMetrics(StringBuilder text, ModelCard card)
    {
        text.AppendLine("## Metrics on the held-out test split");
        text.AppendLine();
        text.AppendLine("| metric | value | 95 % interval |");
        text.AppendLine("| --- | --- | --- |");
        foreach (var (name, metric) in card.Metrics)
        {
            Line(text, $"| {name} | {metric.Value:0.0000} | [{metric.Lower:0.0000}, {metric.Upper:0.0000}] |");
        }

        text.AppendLine();
    }

    private static void AppendConfusion(StringBuilder text, ConfusionCounts counts, DecisionThreshold threshold)
    {
        Line(text, $"## Confusion matrix at threshold {threshold.Value:0.###} ({threshold.Strategy})");
        text.AppendLine();
        text.AppendLine("| | predicted positive | predicted negative |");
        text.AppendLine("| --- | --- | --- |");
        Line(text, $"| actual positive | {counts.TruePositives} | {counts.FalseNegatives} |");
        Line(text, $"| actual negative | {counts.FalsePositives} | {counts.TrueNegatives} |");
        text.AppendLine();
    }

    private static void AppendFeatures(StringBuilder text, IReadOnlyList<FeatureSummary> features)
    {
        text.AppendLine("## Features");
        text.AppendLine();
        text.AppendLine("| feature | type | importance (gain) |");
        text.AppendLine("| --- | --- | --- |");
        foreach (var feature in features.OrderByDescending(f => f.Importance))
        {
            Line(text, $"| {feature.Name} | {feature.Kind.ToString().ToLowerInvariant()} | {feature.Importance:0.###} |");
        }

        text.AppendLine();
    }

    private static void AppendGate(StringBuilder text, GateRecord? gate)
    {
        text.AppendLine("## Gate");
        text.AppendLine();
        if (gate is null)
        {
            text.AppendLine("Not gated yet (the card was written before the Gate task).");
            return;
        }

        var champion = gate.ChampionVersion is null ? "no champion." : $"against the champion {gate.ChampionVersion}.";
        var overridden = gate.OverrideReason is null ? string.Empty : $" Overridden: {gate.OverrideReason}";
        Line(text, $"Status: **{gate.Status}** ({gate.Mode}), {champion}{overridden}");
        text.AppendLine();
        text.AppendLine("| check | value | bound | verdict |");
        text.AppendLine("| --- | --- | --- | --- |");
        foreach (var check in gate.Checks)
        {
            Line(text, $"| {check.Check} | {check.Value} | {check.Bound} | {(check.Passed ? "pass" : "FAIL")} |");
        }
    }

    // Culture-invariant, so a package built on any machine reads the same.
    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

}
