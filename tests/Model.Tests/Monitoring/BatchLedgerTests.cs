using Mlops.Model.Training.Monitoring.Batches;
using Mlops.Model.Training.Monitoring.History;

namespace Mlops.Model.Tests.Monitoring;

public sealed class BatchLedgerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ledger-tests-").FullName;

    [Fact]
    public void Only_content_not_checked_before_is_new_whatever_its_name()
    {
        var ledgerPath = Path.Combine(folder, "ledger.json");
        File.WriteAllText(Path.Combine(folder, "a.csv"), "x,y\n1,2\n");
        var ledger = BatchLedger.Open(ledgerPath);
        Assert.Equal([Path.Combine(folder, "a.csv")], ledger.NewBatches(folder));

        ledger.RecordProcessed("a.csv", Model.Checksums.Sha256("x,y\n1,2\n"u8), "healthy", DateTimeOffset.UnixEpoch);
        ledger.Save();
        File.Copy(Path.Combine(folder, "a.csv"), Path.Combine(folder, "renamed.csv"));
        File.WriteAllText(Path.Combine(folder, "b.csv"), "x,y\n3,4\n");

        Assert.Equal([Path.Combine(folder, "b.csv")], BatchLedger.Open(ledgerPath).NewBatches(folder));
    }

    [Fact]
    public void The_verdict_history_of_each_model_survives_a_reopen()
    {
        var ledgerPath = Path.Combine(folder, "ledger.json");
        var ledger = BatchLedger.Open(ledgerPath);
        ledger.SetHistory("Mlops.ChurnModel", VerdictHistory.Empty.Append(true).Append(false));
        ledger.Save();

        var reopened = BatchLedger.Open(ledgerPath);

        Assert.Equal([true, false], reopened.HistoryOf("Mlops.ChurnModel").Breaches);
        Assert.Empty(reopened.HistoryOf("Other.Model").Breaches);
    }

    [Fact]
    public void A_corrupt_ledger_is_named_in_the_error()
    {
        var ledgerPath = Path.Combine(folder, "ledger.json");
        File.WriteAllText(ledgerPath, "{ not json");

        var error = Assert.Throws<InvalidDataException>(() => BatchLedger.Open(ledgerPath));

        Assert.Contains(ledgerPath, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
