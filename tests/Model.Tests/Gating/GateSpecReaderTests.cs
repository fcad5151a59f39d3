using System.Text.Json.Nodes;
using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Tests.Gating;

public sealed class GateSpecReaderTests
{
    private static ModelSpec SpecWithGates(string? gatesJson)
    {
        var spec = JsonNode.Parse("""
            {
              "data": { "path": "data/example.csv" },
              "columns": [ { "name": "x", "type": "numeric" } ],
              "target": { "column": "y", "positiveClass": "1" }
            }
            """)!.AsObject();
        if (gatesJson is not null)
        {
            spec["gates"] = JsonNode.Parse(gatesJson);
        }

        return SpecLoader.Parse(spec.ToJsonString(), "spec.json");
    }

    [Fact]
    public void Reads_every_bound_the_mode_and_the_champion_comparison()
    {
        var gates = GateSpecReader.Read(SpecWithGates("""
            {
              "mode": "dry_run",
              "thresholds": [ { "metric": "f1", "min": 0.7 }, { "metric": "log_loss", "max": 0.45 } ],
              "champion": { "metrics": ["roc_auc"], "tolerance": 0.02, "confidence": 0.9, "resamples": 500 }
            }
            """));

        Assert.Equal(GateMode.DryRun, gates.Mode);
        Assert.Equal([new MetricBound(MetricNames.F1, Min: 0.7), new MetricBound(MetricNames.LogLoss, Max: 0.45)], gates.Thresholds);
        Assert.Equal([MetricNames.RocAuc], gates.Champion.Metrics);
        Assert.Equal(0.02, gates.Champion.Tolerance);
        Assert.Equal(500, gates.Champion.Resamples);
    }

    [Fact]
    public void Without_a_gates_section_the_defaults_apply()
    {
        var gates = GateSpecReader.Read(SpecWithGates(null));

        Assert.Equal(GateMode.Enabled, gates.Mode);
        Assert.Empty(gates.Thresholds);
        Assert.Equal(new ChampionGateSpec().Metrics, gates.Champion.Metrics);
        Assert.Equal(new ChampionGateSpec().Tolerance, gates.Champion.Tolerance);
    }

    [Theory]
    [InlineData("""{ "thresholds": [ { "metric": "f1", "mni": 0.7 } ] }""", "$.gates.thresholds[0].mni")]
    [InlineData("""{ "thresholds": [ { "metric": "auc", "min": 0.7 } ] }""", "$.gates.thresholds[0].metric")]
    [InlineData("""{ "thresholds": [ { "metric": "f1" } ] }""", "$.gates.thresholds[0]")]
    [InlineData("""{ "mode": "sometimes" }""", "$.gates.mode")]
    [InlineData("""{ "champion": { "tolerance": "small" } }""", "$.gates.champion.tolerance")]
    public void A_wrong_gate_names_its_json_path(string gates, string path)
    {
        var error = Assert.Throws<SpecException>(() => GateSpecReader.Read(SpecWithGates(gates)));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
