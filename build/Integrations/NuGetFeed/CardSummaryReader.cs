using System.IO.Compression;
using System.Text.Json;

namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>
/// Reads the model card packed as a plain file ending in <c>model-card.json</c> (normally <c>model/model-card.json</c>).
/// The card format belongs to the packaging code, so every field is read defensively: a missing or odd field is null, not an error.
/// </summary>
public static class CardSummaryReader
{
    public const string FileName = "model-card.json";

    /// <summary>The card inside a .nupkg, or null when the package has none.</summary>
    public static CardSummary? ReadFromPackage(Stream nupkg)
    {
        using var zip = new ZipArchive(nupkg, ZipArchiveMode.Read, leaveOpen: true);
        var entry = zip.Entries
            .Where(e => e.FullName.EndsWith(FileName, StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.FullName.Length)
            .FirstOrDefault();
        if (entry is null)
        {
            return null;
        }

        using var json = entry.Open();
        return Read(json, entry.FullName);
    }

    public static CardSummary Read(Stream json, string where)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return new CardSummary(
                Text(root, "version"),
                Text(root, "gitCommit") ?? Text(root, "commit"),
                Date(root, "createdAt"),
                Metrics(root));
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The model card '{where}' is not valid JSON: {exception.Message}", exception);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static DateTimeOffset? Date(JsonElement root, string name) =>
        DateTimeOffset.TryParse(Text(root, name), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    /// <summary><c>metrics.{name}.value</c>, or <c>metrics.{name}</c> when the card stores a bare number.</summary>
    private static Dictionary<string, double> Metrics(JsonElement root)
    {
        var metrics = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("metrics", out var all) || all.ValueKind != JsonValueKind.Object)
        {
            return metrics;
        }

        foreach (var metric in all.EnumerateObject())
        {
            var value = metric.Value.ValueKind == JsonValueKind.Object && metric.Value.TryGetProperty("value", out var inner) ? inner : metric.Value;
            if (value.ValueKind == JsonValueKind.Number)
            {
                metrics[metric.Name] = value.GetDouble();
            }
        }

        return metrics;
    }
}
