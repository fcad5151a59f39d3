using System.Globalization;
using System.Net;
using System.Text;
using Mlops.Model.Training.Monitoring.Checks;

namespace Mlops.Model.Training.Monitoring.Reporting;

/// <summary>
/// The picture of a drifted feature: per bin or category two horizontal bars, the training share (grey) above the
/// batch share (orange), drawn as inline SVG like the other charts so the report opens offline.
/// </summary>
internal static class SvgComparison
{
    private const int LabelWidth = 170;
    private const int PlotWidth = 360;
    private const int RowHeight = 26;

    public static string Render(DriftPicture picture)
    {
        var max = Math.Max(picture.Reference.Concat(picture.Batch).DefaultIfEmpty(0).Max(), 1e-9) * 1.1;
        var height = (picture.Labels.Count * RowHeight) + 22;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{LabelWidth + PlotWidth + 60}\" height=\"{height}\" role=\"img\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth}\" y=\"12\" font-size=\"11\"><tspan fill=\"#888\">■ training</tspan> <tspan fill=\"#e8833a\">■ batch</tspan></text>");
        for (var i = 0; i < picture.Labels.Count; i++)
        {
            var y = 18 + (i * RowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" font-size=\"11\" text-anchor=\"end\">{WebUtility.HtmlEncode(picture.Labels[i])}</text>");
            AppendBar(svg, picture.Reference[i], y + 2, max, "#888");
            AppendBar(svg, picture.Batch[i], y + 12, max, "#e8833a");
        }

        return svg.Append("</svg>").ToString();
    }

    private static void AppendBar(StringBuilder svg, double share, int y, double max, string colour)
    {
        var width = Math.Max(0, share) / max * PlotWidth;
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{width:0.#}\" height=\"9\" fill=\"{colour}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + width + 4:0.#}\" y=\"{y + 8}\" font-size=\"9\">{share * 100:0.#} %</text>");
    }
}
