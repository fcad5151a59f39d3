using System.Text.Json;
using Mlops.Build.Integrations.GitHub.Reports;
using Mlops.Model;
using Mlops.Model.Cards;
using Mlops.Model.Training.Evaluation;

namespace Mlops.Integrations.Tests.GitHub.Reports;

public sealed class GateOutcomeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gate-outcome-").FullName;

    [Fact]
    public void Reads_the_gate_record_as_the_gate_task_writes_it()
    {
        var written = GateOutcomes.Failed().Gate;
        File.WriteAllText(Path.Combine(_folder, "gate.json"), JsonSerializer.Serialize(written, ModelJsonContext.Default.GateRecord));

        var read = GateOutcome.Read(_folder);

        Assert.Equal(written.Checks, read.Gate.Checks);
        Assert.Equal(("failed", "0.3.0"), (read.Gate.Status, read.Gate.ChampionVersion));
        Assert.Equal(Model.Training.Gating.GateStatus.Failed, read.Status);
    }

    [Fact]
    public void Reads_the_champion_deltas_the_gate_recorded()
    {
        var written = GateOutcomes.Passed().Gate with { ChampionDeltas = [new GateRecordDelta("roc_auc", 0.87, 0.86, 0.01, -0.005, 0.025)] };
        File.WriteAllText(Path.Combine(_folder, "gate.json"), JsonSerializer.Serialize(written, ModelJsonContext.Default.GateRecord));

        var delta = Assert.Single(GateOutcome.Read(_folder).Deltas);

        Assert.Equal(new MetricDifference("roc_auc", 0.87, 0.86, 0.01, -0.005, 0.025), delta);
    }

    [Fact]
    public void A_missing_file_says_to_run_the_gate()
    {
        var error = Assert.Throws<FileNotFoundException>(() => GateOutcome.Read(_folder));

        Assert.Contains("run the Gate task first", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
