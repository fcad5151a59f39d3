using Mlops.Build.Integrations.GitHub.Reports;
using Mlops.Model.ModelCards;

namespace Mlops.Integrations.Tests.GitHub.Reports;

public sealed class GateOutcomeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gate-outcome-").FullName;

    [Fact]
    public void Reads_the_gate_record_and_the_deltas_as_written()
    {
        var path = Path.Combine(_folder, "gate.json");
        var written = GateOutcomes.Passed();
        ModelJson.Write(path, new { written.Gate.Status, written.Gate.Mode, written.Gate.ChampionVersion, written.Gate.Checks, written.Deltas });

        var read = GateOutcome.Read(path);

        Assert.Equal(written.Gate.Checks, read.Gate.Checks);
        Assert.Equal(written.Deltas, read.Deltas);
        Assert.Equal("0.3.0", read.Gate.ChampionVersion);
    }

    [Fact]
    public void A_missing_file_says_to_run_the_gate()
    {
        var error = Assert.Throws<FileNotFoundException>(() => GateOutcome.Read(Path.Combine(_folder, "gate.json")));

        Assert.Contains("--target=Gate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_status_is_an_error_naming_the_file()
    {
        var path = Path.Combine(_folder, "gate.json");
        File.WriteAllText(path, """{"checks": []}""");

        var error = Assert.Throws<InvalidDataException>(() => GateOutcome.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("status", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
