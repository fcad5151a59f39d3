using Mlops.Model.Training.Monitoring.History;

namespace Mlops.Model.Training.Monitoring.Batches;

/// <summary>
/// The ledger of processed batches: each file's SHA-256 once it was checked, so the next run picks only new content
/// (a renamed copy is not checked twice, an edited file is), and each model's verdict history between issues (while
/// an issue is open, the history it carries wins). Where it is kept is its <see cref="ILedgerStorage"/>'s business.
/// </summary>
public sealed class BatchLedger
{
    private readonly ILedgerStorage storage;

    private BatchLedger(ILedgerStorage storage) => this.storage = storage;

    /// <summary>The ledger in a JSON file.</summary>
    public static BatchLedger Open(string path) => new(JsonLedgerFile.Open(path));

    public static BatchLedger Over(ILedgerStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return new BatchLedger(storage);
    }

    public bool IsProcessed(string sha256) => storage.IsProcessed(sha256);

    /// <summary>The CSV files of the folder whose content was not checked before, oldest name first.</summary>
    public IReadOnlyList<string> NewBatches(string directory) =>
        !Directory.Exists(directory)
            ? []
            : [.. Directory.EnumerateFiles(directory, "*.csv").Order(StringComparer.Ordinal)
                .Where(file => !IsProcessed(Model.Checksums.Sha256(File.ReadAllBytes(file))))];

    public void RecordProcessed(string file, string sha256, string verdict, DateTimeOffset at) =>
        storage.RecordProcessed(Path.GetFileName(file), sha256, verdict, at);

    public VerdictHistory HistoryOf(string modelId) => VerdictHistory.Parse(storage.HistoryMarker(modelId));

    public void SetHistory(string modelId, VerdictHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        storage.SetHistoryMarker(modelId, history.Marker);
    }

    public void Save() => storage.Save();
}
