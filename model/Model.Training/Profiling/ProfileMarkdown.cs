using System.Globalization;
using System.Text;
using Mlops.Model.Features;
using Mlops.Model.Profiles;

namespace Mlops.Model.Training.Profiling;

/// <summary>The profile as Markdown tables, for people (the JSON is for programs).</summary>
public static class ProfileMarkdown
{
    public static string Render(DataProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Data profile: {profile.Source}").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{profile.Rows:N0} rows, {profile.Columns.Count} columns.");
        if (profile.Target is { } target)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Target `{target.Column}`: {target.Positives:N0} positive ('{target.PositiveClass}'), rate {target.PositiveRate:P1}.");
        }

        AppendNumeric(text, profile.Columns.Where(column => column.Kind == FeatureKind.Numeric).ToList());
        AppendCategories(text, profile.Columns.Where(column => column.Frequencies is not null).ToList());
        return text.ToString();
    }

    private static void AppendNumeric(StringBuilder text, List<ColumnProfile> columns)
    {
        if (columns.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("## Numeric columns").AppendLine();
        var percentiles = NumericSummary.Percentiles.Select(NumericSummary.Key).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"| column | count | missing | mean | std | min | {string.Join(" | ", percentiles)} | max |");
        text.AppendLine(CultureInfo.InvariantCulture, $"|---|---:|---:|---:|---:|---:|{string.Concat(percentiles.Select(_ => "---:|"))}---:|");
        foreach (var column in columns)
        {
            var summary = column.Summary;
            var cells = summary is null
                ? Enumerable.Repeat("–", percentiles.Count + 4)
                : new[] { summary.Mean, summary.Std, summary.Min }.Concat(percentiles.Select(p => summary.Quantiles[p])).Append(summary.Max).Select(Format);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {column.Name} | {column.Count:N0} | {column.Missing:N0} | {string.Join(" | ", cells)} |");
        }
    }

    private static void AppendCategories(StringBuilder text, List<ColumnProfile> columns)
    {
        if (columns.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("## Categorical and boolean columns").AppendLine();
        text.AppendLine("| column | count | missing | distinct | most frequent (count) |");
        text.AppendLine("|---|---:|---:|---:|---|");
        foreach (var column in columns)
        {
            var frequencies = column.Frequencies!;
            var top = frequencies.Top.Select(value => $"{value.Value} ({value.Count:N0})").ToList();
            if (frequencies.Other > 0)
            {
                top.Add(string.Create(CultureInfo.InvariantCulture, $"{CategoryFrequencies.OtherLabel} ({frequencies.Other:N0})"));
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"| {column.Name} | {column.Count:N0} | {column.Missing:N0} | {frequencies.Distinct} | {string.Join(", ", top)} |");
        }
    }

    private static string Format(double value) =>
        double.IsNaN(value) ? "–" : value.ToString(Math.Abs(value) >= 1000 ? "N0" : "0.###", CultureInfo.InvariantCulture);
}
