using System.Text.Json;

namespace Mlops.Model.Training.Monitoring.Batches;

/// <summary>The ledger as a JSON file (data/incoming/ledger.json before the run history held it).</summary>
public sealed class JsonLedgerFile : ILedgerStorage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly string path;
    private readonly LedgerDocument document;

    private JsonLedgerFile(string path, LedgerDocument document)
    {
        this.path = path;
        this.document = document;
    }

    public static JsonLedgerFile Open(string path)
    {
        if (!File.Exists(path))
        {
            return new JsonLedgerFile(path, new LedgerDocument());
        }

        try
        {
            return new JsonLedgerFile(path, JsonSerializer.Deserialize<LedgerDocument>(File.ReadAllText(path), Json) ?? new LedgerDocument());
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The batch ledger {path} is not valid JSON ({exception.Message}); fix or delete it (deleting re-checks every batch).", exception);
        }
    }

    public bool IsProcessed(string sha256) => document.Processed.Any(entry => entry.Sha256 == sha256);

    public void RecordProcessed(string fileName, string sha256, string verdict, DateTimeOffset at) =>
        document.Processed.Add(new LedgerEntry(fileName, sha256, verdict, at));

    public string? HistoryMarker(string modelId) => document.History.GetValueOrDefault(modelId);

    public void SetHistoryMarker(string modelId, string marker) => document.History[modelId] = marker;

    public void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(document, Json));
    }

    private sealed record LedgerDocument
    {
        public List<LedgerEntry> Processed { get; init; } = [];

        public Dictionary<string, string> History { get; init; } = new(StringComparer.Ordinal);
    }

    private sealed record LedgerEntry(string File, string Sha256, string Verdict, DateTimeOffset ProcessedAt);
}
