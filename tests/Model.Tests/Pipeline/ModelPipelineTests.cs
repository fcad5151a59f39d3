using Mlops.Model.Cards;
using Mlops.Model.Tests.Data;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Reporting;
using Mlops.Model.Training.Spec;

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

        var changed = NewPipeline(output, specEdit: text => text.Replace("\"num_leaves\": 31", "\"num_leaves\": 15", StringComparison.Ordinal)).Train();

        Assert.False(changed.Skipped);
    }

    [Fact]
    public void The_default_spec_writes_a_card_naming_its_MlNet_trainer_with_curves_and_a_reliability_table()
    {
        var output = Path.Combine(folder.Path, "out");

        var card = NewPipeline(output).Evaluate(Identity);

        Assert.Equal("lightgbm", card.Trainer);
        Assert.Equal(31, card.Parameters!.Value.GetProperty("numLeaves").GetInt32());
        Assert.Equal(new RocPoint(0, 0), card.RocCurve[0]);
        Assert.Equal(new RocPoint(1, 1), card.RocCurve[^1]);
        Assert.Equal(card.Metrics[MetricNames.RocAuc].Value, TrapezoidArea(card.RocCurve), 0.005);
        Assert.Equal(1, card.PrCurve[^1].Recall);
        Assert.Equal(card.Data.TestRows, card.Calibration.Sum(bin => bin.Rows));
        Assert.All(card.Calibration, bin => Assert.InRange(bin.MeanPredicted, bin.Lower, bin.Upper));
        Assert.Contains(card.Features, feature => feature.Importance > 0);
    }

    [Theory]
    [InlineData("fasttree")]
    [InlineData("xgboost")]
    public void Changing_the_trainer_family_retrains_and_the_card_names_it(string family)
    {
        var output = Path.Combine(folder.Path, "out");
        NewPipeline(output).Train();

        var pipeline = NewPipeline(output, specEdit: text => text.Replace("\"trainer\": \"lightgbm\"", $"\"trainer\": \"{family}\"", StringComparison.Ordinal));
        var changed = pipeline.Train();
        var card = pipeline.Evaluate(Identity);

        Assert.False(changed.Skipped);
        Assert.Equal(family, card.Trainer);
        Assert.InRange(card.Metrics[MetricNames.RocAuc].Value, 0.75, 0.95);
    }

    [Fact]
    public void The_gate_compares_a_challenger_with_a_champion_of_another_family_on_the_same_test_rows()
    {
        var champion = NewPipeline(Path.Combine(folder.Path, "champion"), specEdit: text => text.Replace("\"trainer\": \"lightgbm\"", "\"trainer\": \"fasttree\"", StringComparison.Ordinal));
        var championCard = champion.Evaluate(new ModelIdentity("1.0.0", "c0ffee"));
        var challenger = NewPipeline(Path.Combine(folder.Path, "challenger"));
        var challengerCard = challenger.Evaluate(Identity);

        var decision = GateRun.Run(
            GateSpecReader.Read(challenger.Spec),
            challenger.TestSplit(),
            ScoringModel.LoadDirectory(challenger.OutputDirectory),
            new Champion("1.0.0", ScoringModel.LoadDirectory(champion.OutputDirectory)),
            GateOverride.None);

        Assert.Equal(("fasttree", "lightgbm"), (championCard.Trainer, challengerCard.Trainer));
        Assert.Equal("1.0.0", decision.Report.ChampionVersion);
        var rocAuc = Assert.Single(decision.Report.ChampionDeltas!, delta => delta.Metric == MetricNames.RocAuc);
        Assert.Equal(championCard.Metrics[MetricNames.RocAuc].Value, rocAuc.ChampionValue, 1e-9);
        Assert.Equal(challengerCard.Metrics[MetricNames.RocAuc].Value, rocAuc.ChallengerValue, 1e-9);
    }

    [Fact]
    public void Remote_training_with_an_MlNet_family_fails_before_the_data_is_read()
    {
        var output = Path.Combine(folder.Path, "out");
        var pipeline = NewPipeline(output, trainsRemotely: true);

        var error = Assert.Throws<SpecException>(pipeline.PrepareData);

        Assert.Equal("$.trainer", error.JsonPath);
        Assert.Contains("--training=remote", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "profile.json")));
    }

    private static double TrapezoidArea(IReadOnlyList<RocPoint> curve) =>
        curve.Zip(curve.Skip(1), (a, b) => (b.FalsePositiveRate - a.FalsePositiveRate) * (a.TruePositiveRate + b.TruePositiveRate) / 2).Sum();

    private ModelPipeline NewPipeline(string output, Func<string, string>? specEdit = null, bool trainsRemotely = false)
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
        return new ModelPipeline(specPath, folder.Path, output, trainsRemotely);
    }
}
