namespace Mlops.Model.Training.Monitoring.Batches;

/// <summary>
/// Where <see cref="BatchLedger"/> keeps its two memories: the content hashes of the batches already checked, and
/// each model's verdict history marker. A JSON file (<see cref="JsonLedgerFile"/>) or the run-history store.
/// </summary>
public interface ILedgerStorage
{
    bool IsProcessed(string sha256);

    void RecordProcessed(string fileName, string sha256, string verdict, DateTimeOffset at);

    /// <summary>The model's history marker as <see cref="History.VerdictHistory.Marker"/> writes it, or null.</summary>
    string? HistoryMarker(string modelId);

    void SetHistoryMarker(string modelId, string marker);

    /// <summary>Makes the changes durable (a store that writes at once has nothing left to do).</summary>
    void Save();
}
