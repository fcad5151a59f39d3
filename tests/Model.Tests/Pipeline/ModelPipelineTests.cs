using Mlops.Model.Cards;
using Mlops.Model.Tests.Data;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Reporting;

namespace Mlops.Model.Tests.Pipeline;

/// <summary>Data → Train → Evaluate on a small generated churn set, with the real libxgboost.</summary>
public sealed class ModelPipelineTests : IDisposable
{
    private static readonly ModelIdentity Identity = new("1.2.3", "abc123");
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_run_writes_every_artifact_with_sane_metrics_and_a_loadable_model()
    {
        var output = Path.Combine(folder.Path, "out");

        var card = NewPipeline(output).Evaluate(Identity);

        foreach (var file in new[] { "booster.json", "preprocessing.json", "profile.json", "profile.md", "metrics.json", "test-predictions.csv", "model-card.json", "report.md" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), $"{file} was not written");
        }

        Assert.InRange(card.Metrics[MetricNames.RocAuc].Value, 0.75, 0.95);
        Assert.InRange(card.Metrics[MetricNames.RocAuc].Lower, 0.6, card.Metrics[MetricNames.RocAuc].Value);
        Assert.Equal("1.2.3", card.Version);
        Assert.Equal(card.Data.TestRows + 1, File.ReadAllLines(Path.Combine(output, "test-predictions.csv")).Length);
        var loaded = ScoringModel.LoadDirectory(output);
        Assert.Equal(card.Threshold.Value, loaded.Threshold);
    }

    [Fact]
    public void The_html_report_draws_the_curves_and_says_not_gated_until_the_gate_rewrites_it()
    {
        var output = Path.Combine(folder.Path, "out");
        var card = NewPipeline(output).Evaluate(Identity);
        var before = File.ReadAllText(Path.Combine(output, ModelReports.Html));

        ModelReports.Write(output, card with { Gate = new GateRecord("passed", "enabled", [new GateRecordCheck("roc_auc", "0.85", "≥ 0.7", true)], "1.0.0") });

        foreach (var chart in new[] { "ROC curve", "Precision–recall curve", "Calibration", "Score histogram by class" })
        {
            Assert.Contains($"<title>{chart}</title>", before, StringComparison.Ordinal);
        }

        Assert.Contains("Not gated yet", before, StringComparison.Ordinal);
        Assert.Equal(2 * 20, before.Split("class=\"bar\"").Length - 1); // twenty probability bins, one bar per class in each
        foreach (var report in new[] { ModelReports.Html, "report.md" })
        {
            var after = File.ReadAllText(Path.Combine(output, report));
            Assert.DoesNotContain("ot gated", after, StringComparison.Ordinal);
            Assert.Contains("against the champion 1.0.0", after, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Metrics_json_carries_the_cards_metric_names_intervals_and_confusion_matrix()
    {
        var output = Path.Combine(folder.Path, "out");

        var card = NewPipeline(output).Evaluate(Identity);

        var metrics = ArtifactJson.Read<MetricsArtifact>(Path.Combine(output, "metrics.json"));
        Assert.Equal(card.Metrics.Keys.Order(), metrics.Metrics.Keys.Order());
        Assert.Contains(MetricNames.RocAuc, metrics.Metrics.Keys);
        Assert.Equal(card.Metrics[MetricNames.RocAuc], metrics.Metrics[MetricNames.RocAuc]);
        Assert.Equal(card.ConfusionMatrix, metrics.ConfusionMatrix);
        Assert.Equal(card.Threshold, metrics.Threshold);
        Assert.Equal(card.Data.TestRows, metrics.TestRows);
    }

    [Fact]
    public void A_second_run_on_the_same_data_and_spec_skips_training()
    {
        var output = Path.Combine(folder.Path, "out");
        var first = NewPipeline(output).Train();

        var second = NewPipeline(output).Train();

        Assert.False(first.Skipped);
        Assert.True(second.Skipped);
        Assert.Equal(first.Run.Fingerprint, second.Run.Fingerprint);
    }

    [Fact]
    public void Evaluating_an_unchanged_model_again_writes_the_same_card()
    {
        var output = Path.Combine(folder.Path, "out");
        NewPipeline(output).Evaluate(Identity);
        var first = File.ReadAllText(Path.Combine(output, "model-card.json"));

        NewPipeline(output).Evaluate(Identity);

        // The registry compares package contents: a re-run must not differ by a timestamp.
        Assert.Equal(first, File.ReadAllText(Path.Combine(output, "model-card.json")));
    }

    [Fact]
    public void Changing_the_spec_retrains()
    {
        var output = Path.Combine(folder.Path, "out");
        NewPipeline(output).Train();

        var changed = NewPipeline(output, specEdit: text => text.Replace("\"max_depth\": 5", "\"max_depth\": 3", StringComparison.Ordinal)).Train();

        Assert.False(changed.Skipped);
    }

    private ModelPipeline NewPipeline(string output, Func<string, string>? specEdit = null)
    {
        var data = Path.Combine(folder.Path, "churn.csv");
        if (!File.Exists(data))
        {
            ChurnGenerator.WriteFile(data, new ChurnDataOptions { Rows = 3000, Seed = 11 });
        }

        var spec = File.ReadAllText(RepositoryFiles.PathOf("model/spec.json"))
            .Replace("data/churn.csv", "churn.csv", StringComparison.Ordinal)
            .Replace("\"rounds\": 400", "\"rounds\": 60", StringComparison.Ordinal);
        var specPath = folder.File("spec.json", (specEdit ?? (text => text))(spec));
        return new ModelPipeline(specPath, folder.Path, output);
    }
}
