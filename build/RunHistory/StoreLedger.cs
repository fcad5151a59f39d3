using Mlops.Model.History.Records;
using Mlops.Model.Training.Monitoring.Batches;

namespace Mlops.Build.RunHistory;

/// <summary>
/// The monitor's ledger in the run-history store: with PostgreSQL, every scheduled run shares it without any CI
/// cache. Each write goes to the store at once; a processed batch is tied to the run that checked it.
/// </summary>
public sealed class StoreLedger(RunRecorder recorder) : ILedgerStorage
{
    public bool IsProcessed(string sha256) => recorder.Store().IsBatchProcessed(sha256);

    public void RecordProcessed(string fileName, string sha256, string verdict, DateTimeOffset at) =>
        recorder.Record((store, run) => store.AddProcessedBatch(new ProcessedBatch(fileName, sha256, verdict, at), run));

    public string? HistoryMarker(string modelId) => recorder.Store().AlertHistory(modelId);

    public void SetHistoryMarker(string modelId, string marker) => recorder.Store().SetAlertHistory(modelId, marker, DateTimeOffset.UtcNow);

    public void Save()
    {
    }
}
