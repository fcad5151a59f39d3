using System.Globalization;
using System.Net;
using System.Text;

namespace Mlops.Model.Training.Reporting.Charts;

/// <summary>
/// Line and bar charts on the unit square drawn as inline SVG on the server: a report opens offline, with no script.
/// Every chart carries a title (an accessible name) and a legend.
/// </summary>
public static class SvgCharts
{
    private const int Size = 300;
    private const int Margin = 40;
    private static readonly string[] Colours = ["#2f6fde", "#e67e22", "#27ae60", "#8e44ad"];

    /// <summary>Lines through points on [0,1]², with a dashed reference line from (0, From) to (1, To) when given.</summary>
    public static string Lines(string title, string xLabel, string yLabel, IReadOnlyList<(string Name, IReadOnlyList<CurvePoint> Points)> series, (double From, double To)? reference = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var svg = Open(title, xLabel, yLabel);
        if (reference is { } line)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(0):0.#}\" y1=\"{Y(line.From):0.#}\" x2=\"{X(1):0.#}\" y2=\"{Y(line.To):0.#}\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var points = string.Join(' ', series[s].Points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.X):0.##},{Y(p.Y):0.##}")));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"series\" data-series=\"{Encode(series[s].Name)}\" fill=\"none\" stroke=\"{Colours[s % Colours.Length]}\" stroke-width=\"2\" points=\"{points}\"/>");
        }

        return Close(svg, series.Select(s => s.Name).ToList());
    }

    /// <summary>
    /// Side-by-side bars per bin, one colour per series, heights relative to the tallest bar; the x axis is [0, 1]
    /// unless <paramref name="xEnds"/> names its two ends (bins of another scale, categories).
    /// </summary>
    public static string Bars(string title, string xLabel, int bins, IReadOnlyList<(string Name, IReadOnlyList<double> Heights)> series, (string First, string Last)? xEnds = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var svg = Open(title, xLabel, "share (1 = tallest bar)", xEnds);
        var tallest = Math.Max(series.SelectMany(s => s.Heights).DefaultIfEmpty(0).Max(), double.Epsilon);
        var width = (double)(Size - (2 * Margin)) / bins / series.Count;
        for (var s = 0; s < series.Count; s++)
        {
            for (var b = 0; b < bins; b++)
            {
                var height = series[s].Heights[b] / tallest * (Size - (2 * Margin));
                var x = Margin + (((b * series.Count) + s) * width);
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" data-series=\"{Encode(series[s].Name)}\" x=\"{x:0.##}\" y=\"{Size - Margin - height:0.##}\" width=\"{width:0.##}\" height=\"{height:0.##}\" fill=\"{Colours[s % Colours.Length]}\" fill-opacity=\"0.75\"/>");
            }
        }

        return Close(svg, series.Select(s => s.Name).ToList());
    }

    /// <summary>
    /// One row per label, one whisker (interval) with a dot (value) per series; each row has its own scale, from the
    /// lowest lower bound to the highest upper bound of its series, written at both ends.
    /// </summary>
    public static string Intervals(string title, IReadOnlyList<string> seriesNames, IReadOnlyList<(string Label, IReadOnlyList<(double Value, double Lower, double Upper)?> Series)> rows)
    {
        ArgumentNullException.ThrowIfNull(seriesNames);
        ArgumentNullException.ThrowIfNull(rows);
        const int label = 150, plot = 360, rowHeight = 34;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{label + plot + 60}\" height=\"{(rows.Count * rowHeight) + 30}\" role=\"img\" aria-label=\"{Encode(title)}\"><title>{Encode(title)}</title>");
        for (var r = 0; r < rows.Count; r++)
        {
            var present = rows[r].Series.Where(s => s is { } v && double.IsFinite(v.Lower) && double.IsFinite(v.Upper)).Select(s => s!.Value).ToList();
            var y = 30 + (r * rowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{label - 8}\" y=\"{y + 8}\" font-size=\"12\" text-anchor=\"end\">{Encode(rows[r].Label)}</text>");
            if (present.Count == 0)
            {
                continue;
            }

            // A tenth of the range as margin on each side, so no whisker touches the row's ends.
            var (lowest, highest) = (present.Min(p => p.Lower), present.Max(p => p.Upper));
            var margin = highest > lowest ? (highest - lowest) / 10 : 0.5;
            var (low, high) = (lowest - margin, highest + margin);
            var span = high - low;
            double At(double value) => label + ((value - low) / span * plot);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{label}\" y=\"{y + 24}\" font-size=\"9\" fill=\"#777\">{low:0.###}</text><text x=\"{label + plot}\" y=\"{y + 24}\" font-size=\"9\" fill=\"#777\" text-anchor=\"end\">{high:0.###}</text>");
            for (var s = 0; s < rows[r].Series.Count; s++)
            {
                if (rows[r].Series[s] is not { } v || !double.IsFinite(v.Lower) || !double.IsFinite(v.Upper))
                {
                    continue;
                }

                var (line, colour) = (y + (s * 8), Colours[s % Colours.Length]);
                svg.Append(CultureInfo.InvariantCulture, $"<line class=\"interval\" data-series=\"{Encode(seriesNames[s])}\" data-row=\"{Encode(rows[r].Label)}\" x1=\"{At(v.Lower):0.##}\" y1=\"{line}\" x2=\"{At(v.Upper):0.##}\" y2=\"{line}\" stroke=\"{colour}\" stroke-width=\"3\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{At(v.Value):0.##}\" cy=\"{line}\" r=\"4\" fill=\"{colour}\"/>");
            }
        }

        return Close(svg, [.. seriesNames]);
    }

    private static StringBuilder Open(string title, string xLabel, string yLabel, (string First, string Last)? xEnds = null)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Size}\" height=\"{Size + 20}\" role=\"img\" aria-label=\"{Encode(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Margin}\" y=\"{Margin}\" width=\"{Size - (2 * Margin)}\" height=\"{Size - (2 * Margin)}\" fill=\"none\" stroke=\"#ccc\"/>");
        foreach (var tick in new[] { 0.0, 0.5, 1.0 })
        {
            var xTick = xEnds is { } ends ? tick switch { 0.0 => ends.First, 1.0 => ends.Last, _ => string.Empty } : tick.ToString("0.#", CultureInfo.InvariantCulture);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(tick):0.#}\" y=\"{Size - Margin + 14}\" font-size=\"10\" text-anchor=\"middle\">{Encode(xTick)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin - 4}\" y=\"{Y(tick) + 3:0.#}\" font-size=\"10\" text-anchor=\"end\">{tick:0.#}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Size / 2}\" y=\"{Size - 8}\" font-size=\"11\" text-anchor=\"middle\">{Encode(xLabel)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"12\" y=\"{Size / 2}\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 12 {Size / 2})\">{Encode(yLabel)}</text>");
        return svg;
    }

    private static string Close(StringBuilder svg, List<string> names)
    {
        for (var s = 0; s < names.Count; s++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Margin + (s * 120)}\" y=\"{Margin - 24}\" width=\"10\" height=\"10\" fill=\"{Colours[s % Colours.Length]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin + 14 + (s * 120)}\" y=\"{Margin - 15}\" font-size=\"11\">{Encode(names[s])}</text>");
        }

        return svg.Append("</svg></figure>").ToString();
    }

    private static double X(double value) => Margin + (Math.Clamp(value, 0, 1) * (Size - (2 * Margin)));

    private static double Y(double value) => Size - Margin - (Math.Clamp(value, 0, 1) * (Size - (2 * Margin)));

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
