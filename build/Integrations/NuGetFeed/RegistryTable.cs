using System.Globalization;
using System.Text;

namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>The registry as a table: version, date, commit and the headline metrics from each model card.</summary>
public static class RegistryTable
{
    private static readonly string[] Headline = ["roc_auc", "f1", "log_loss"];

    public static string Render(string packageId, string feed, IReadOnlyList<ModelRegistryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{packageId} on {feed}:");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"version",-16}{"published",-18}{"commit",-10}{string.Concat(Headline.Select(m => $"{m,-10}"))}");
        foreach (var entry in entries)
        {
            var published = entry.PublishedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";
            var commit = entry.Commit is { Length: > 8 } c ? c[..8] : entry.Commit ?? "-";
            var metrics = string.Concat(Headline.Select(m => $"{(entry.Metrics.TryGetValue(m, out var v) ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "-"),-10}"));
            text.AppendLine(CultureInfo.InvariantCulture, $"{entry.Version.ToNormalizedString(),-16}{published,-18}{commit,-10}{metrics}");
        }

        return text.ToString();
    }
}
