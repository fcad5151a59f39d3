using System.Globalization;
using System.Net;
using System.Text;

namespace Mlops.Model.Training.Monitoring.Reporting;

/// <summary>
/// Horizontal bar charts drawn on the server as inline SVG: the report opens offline, with no script and no CDN.
/// Each bar may carry an interval (a whisker) and the chart a limit (a dashed line).
/// </summary>
internal static class SvgBars
{
    private const int LabelWidth = 190;
    private const int PlotWidth = 420;
    private const int RowHeight = 22;

    public static string Render(IReadOnlyList<Bar> bars, double? limit, double scaleMax)
    {
        var max = Math.Max(scaleMax, limit ?? 0) * 1.1;
        max = max > 0 ? max : 1;
        var height = (bars.Count * RowHeight) + 24;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{LabelWidth + PlotWidth + 70}\" height=\"{height}\" role=\"img\">");
        for (var i = 0; i < bars.Count; i++)
        {
            AppendBar(svg, bars[i], i * RowHeight, max);
        }

        if (limit is { } line)
        {
            var x = X(line, max);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"0\" x2=\"{x:0.#}\" y2=\"{height - 20}\" stroke=\"#b00\" stroke-dasharray=\"4 3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{height - 6}\" font-size=\"11\" fill=\"#b00\">limit {line:0.###}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static void AppendBar(StringBuilder svg, Bar bar, int y, double max)
    {
        var width = double.IsFinite(bar.Value) ? Math.Max(0, X(Math.Min(bar.Value, max), max) - LabelWidth) : 0;
        var colour = bar.Flagged ? "#d9534f" : "#5b8def";
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" font-size=\"12\" text-anchor=\"end\">{WebUtility.HtmlEncode(bar.Label)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{width:0.#}\" height=\"{RowHeight - 8}\" fill=\"{colour}\"/>");
        if (bar.Lower is { } lower && bar.Upper is { } upper && double.IsFinite(lower) && double.IsFinite(upper))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(lower, max):0.#}\" y1=\"{y + 11}\" x2=\"{X(Math.Min(upper, max), max):0.#}\" y2=\"{y + 11}\" stroke=\"#222\" stroke-width=\"2\"/>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + PlotWidth + 6}\" y=\"{y + 15}\" font-size=\"11\">{bar.Value:0.###}</text>");
    }

    private static double X(double value, double max) => LabelWidth + (Math.Max(0, value) / max * PlotWidth);
}

/// <summary>One bar: a label, a value, an optional interval, and whether it crossed its limit.</summary>
internal sealed record Bar(string Label, double Value, bool Flagged, double? Lower = null, double? Upper = null);
