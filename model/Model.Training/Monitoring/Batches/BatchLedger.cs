using System.Text.Json;
using Mlops.Model.Training.Monitoring.History;

namespace Mlops.Model.Training.Monitoring.Batches;

/// <summary>
/// The ledger of processed batches (a JSON file beside them): each file's SHA-256 once it was checked, so the next
/// run picks only new content (a renamed copy is not checked twice, an edited file is), and each model's verdict
/// history between issues (while an issue is open, the history it carries wins).
/// </summary>
public sealed class BatchLedger
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly string path;
    private readonly LedgerDocument document;

    private BatchLedger(string path, LedgerDocument document)
    {
        this.path = path;
        this.document = document;
    }

    public static BatchLedger Open(string path)
    {
        if (!File.Exists(path))
        {
            return new BatchLedger(path, new LedgerDocument());
        }

        try
        {
            return new BatchLedger(path, JsonSerializer.Deserialize<LedgerDocument>(File.ReadAllText(path), Json) ?? new LedgerDocument());
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The batch ledger {path} is not valid JSON ({exception.Message}); fix or delete it (deleting re-checks every batch).", exception);
        }
    }

    public bool IsProcessed(string sha256) => document.Processed.Any(entry => entry.Sha256 == sha256);

    /// <summary>The CSV files of the folder whose content was not checked before, oldest name first.</summary>
    public IReadOnlyList<string> NewBatches(string directory) =>
        !Directory.Exists(directory)
            ? []
            : [.. Directory.EnumerateFiles(directory, "*.csv").Order(StringComparer.Ordinal)
                .Where(file => !IsProcessed(Model.Checksums.Sha256(File.ReadAllBytes(file))))];

    public void RecordProcessed(string file, string sha256, string verdict, DateTimeOffset at) =>
        document.Processed.Add(new LedgerEntry(Path.GetFileName(file), sha256, verdict, at));

    public VerdictHistory HistoryOf(string modelId) =>
        document.History.TryGetValue(modelId, out var marker) ? VerdictHistory.Parse(marker) : VerdictHistory.Empty;

    public void SetHistory(string modelId, VerdictHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        document.History[modelId] = history.Marker;
    }

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
