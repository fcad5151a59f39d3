using System.Globalization;
using System.Net;
using System.Text;
using Mlops.Model.Cards;
using Mlops.Model.Training.Reporting.Charts;

namespace Mlops.Model.Training.Reporting;

/// <summary>
/// report.html: the model card's figures with pictures — ROC and precision–recall curves, the calibration plot, the
/// score histogram of each class — and the gate's verdict once Gate ran. One file, no script, opens offline.
/// </summary>
public static class ModelReportHtml
{
    public static string Render(ModelCard card, ClassifierCurves curves)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(curves);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Encode(card.ModelId)} {Encode(card.Version)}</title>");
        html.Append("<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:72rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}"
            + ".charts{display:flex;flex-wrap:wrap;gap:1rem}.charts figure{margin:0}.FAIL{color:#b00;font-weight:bold}</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{Encode(card.ModelId)} {Encode(card.Version)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Trained {card.CreatedAt:yyyy-MM-dd HH:mm} UTC from commit <code>{Encode(card.GitCommit)}</code>; {card.Data.Rows:N0} rows ({card.Data.TestRows:N0} held out for test), {card.Data.PositiveRate:P1} positive; threshold {card.Threshold.Value:0.###} ({Encode(card.Threshold.Strategy)}).</p>");
        AppendCharts(html, card, curves);
        AppendMetrics(html, card);
        AppendGate(html, card.Gate);
        return html.Append("</body></html>\n").ToString();
    }

    private static void AppendCharts(StringBuilder html, ModelCard card, ClassifierCurves curves)
    {
        var auc = card.Metrics.TryGetValue("roc_auc", out var roc) ? string.Create(CultureInfo.InvariantCulture, $" (AUC {roc.Value:0.###})") : string.Empty;
        var prAuc = card.Metrics.TryGetValue("pr_auc", out var pr) ? string.Create(CultureInfo.InvariantCulture, $" (AUC {pr.Value:0.###})") : string.Empty;
        html.Append("<h2>On the held-out test split</h2><div class=\"charts\">");
        html.Append(SvgCharts.Lines("ROC curve", "false positive rate", "true positive rate", [($"model{auc}", curves.Roc)], (0, 1)));
        html.Append(SvgCharts.Lines("Precision–recall curve", "recall", "precision", [($"model{prAuc}", curves.PrecisionRecall)], (card.Data.PositiveRate, card.Data.PositiveRate)));
        html.Append(SvgCharts.Lines("Calibration", "mean predicted probability", "observed positive rate",
            [("model", [.. curves.Calibration.Select(bin => new CurvePoint(bin.MeanPredicted, bin.ObservedRate))])], (0, 1)));
        html.Append(SvgCharts.Bars("Score histogram by class", "predicted probability (share of each class)", curves.HistogramEdges.Count - 1,
            [("positive", Shares(curves.PositiveCounts)), ("negative", Shares(curves.NegativeCounts))]));
        html.Append("</div>");
        html.Append("<table><tr><th>probability bin</th><th>rows</th><th>mean predicted</th><th>observed positive rate</th></tr>");
        foreach (var bin in curves.Calibration)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>[{bin.From:0.0}, {bin.To:0.0})</td><td>{bin.Rows}</td><td>{bin.MeanPredicted:0.000}</td><td>{bin.ObservedRate:0.000}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendMetrics(StringBuilder html, ModelCard card)
    {
        html.Append("<h2>Metrics</h2><table><tr><th>metric</th><th>value</th><th>95 % interval</th></tr>");
        foreach (var (name, metric) in card.Metrics)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(name)}</td><td>{metric.Value:0.0000}</td><td>[{metric.Lower:0.0000}, {metric.Upper:0.0000}]</td></tr>");
        }

        var counts = card.ConfusionMatrix;
        html.Append("</table><h2>Confusion matrix at the threshold</h2><table><tr><th></th><th>predicted positive</th><th>predicted negative</th></tr>");
        html.Append(CultureInfo.InvariantCulture, $"<tr><th>actual positive</th><td>{counts.TruePositives}</td><td>{counts.FalseNegatives}</td></tr>");
        html.Append(CultureInfo.InvariantCulture, $"<tr><th>actual negative</th><td>{counts.FalsePositives}</td><td>{counts.TrueNegatives}</td></tr></table>");
    }

    private static void AppendGate(StringBuilder html, GateRecord? gate)
    {
        html.Append("<h2>Gate</h2>");
        if (gate is null)
        {
            html.Append("<p>Not gated yet: the Gate task rewrites this report with its verdict.</p>");
            return;
        }

        var champion = gate.ChampionVersion is null ? "no champion on the feed" : $"against the champion {gate.ChampionVersion}";
        html.Append(CultureInfo.InvariantCulture, $"<p>Status: <strong>{Encode(gate.Status)}</strong> ({Encode(gate.Mode)}), {Encode(champion)}.{(gate.OverrideReason is null ? string.Empty : $" Overridden: {Encode(gate.OverrideReason)}")}</p>");
        html.Append("<table><tr><th>check</th><th>value</th><th>bound</th><th>verdict</th></tr>");
        foreach (var check in gate.Checks)
        {
            var verdict = check.Passed ? "pass" : "FAIL";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(check.Check)}</td><td>{Encode(check.Value)}</td><td>{Encode(check.Bound)}</td><td class=\"{verdict}\">{verdict}</td></tr>");
        }

        html.Append("</table>");
    }

    private static double[] Shares(IReadOnlyList<long> counts)
    {
        var total = Math.Max(1, counts.Sum());
        return [.. counts.Select(count => (double)count / total)];
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
