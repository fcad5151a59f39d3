using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Gating;

namespace Mlops.Model.Tests.Gating;

public sealed class GateEvaluatorTests
{
    private static readonly BootstrapOptions Options = new(seed: 7, resamples: 300);

    // A good model: positives score high, with some overlap; and noise around it.
    private static (int[] Labels, double[] Good, double[] Noise) Scores(int rows = 2000)
    {
        var random = new Random(11);
        var labels = new int[rows];
        var good = new double[rows];
        var noise = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            labels[i] = random.NextDouble() < 0.3 ? 1 : 0;
            good[i] = Math.Clamp((labels[i] == 1 ? 0.7 : 0.3) + ((random.NextDouble() - 0.5) * 0.6), 0.01, 0.99);
            noise[i] = Math.Clamp(random.NextDouble(), 0.01, 0.99);
        }

        return (labels, good, noise);
    }

    private static GateSpec Spec(params MetricBound[] bounds) => new() { Thresholds = bounds };

    [Fact]
    public void Checks_every_threshold_and_names_each_failing_metric()
    {
        var (labels, good, _) = Scores();
        var challenger = Bootstrap.Compute(labels, good, 0.5, Options);
        var spec = Spec(new MetricBound(MetricNames.RocAuc, Min: 0.8), new(MetricNames.F1, Min: 0.99), new(MetricNames.LogLoss, Max: 0.01));

        var report = GateEvaluator.Evaluate(spec, challenger, champion: null);

        Assert.False(report.Passed);
        Assert.Equal(3, report.Checks.Count);
        Assert.Equal([MetricNames.F1, MetricNames.LogLoss], report.Failures.Select(c => c.Check));
        Assert.Contains("f1 ≥ 0.99", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_champion_only_the_thresholds_count_and_the_report_says_so()
    {
        var (labels, good, _) = Scores();
        var report = GateEvaluator.Evaluate(Spec(new MetricBound(MetricNames.RocAuc, Min: 0.7)), Bootstrap.Compute(labels, good, 0.5, Options), null);

        var decision = GateDecision.Decide(report, GateMode.Enabled, force: false, reason: null);

        Assert.Equal(GateStatus.FirstModel, decision.Status);
        Assert.Contains("No champion", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_challenger_equal_to_the_champion_passes()
    {
        var (labels, good, _) = Scores();
        var comparison = PairedBootstrap.Compare(labels, good, 0.5, good, 0.5, Options);

        var report = GateEvaluator.Evaluate(Spec(), Bootstrap.Compute(labels, good, 0.5, Options), new ChampionComparison("0.1.0", comparison));

        Assert.True(report.Passed);
        Assert.Equal(GateStatus.Passed, GateDecision.Decide(report, GateMode.Enabled, false, null).Status);
    }

    [Fact]
    public void The_gate_record_keeps_every_metrics_difference_from_the_champion()
    {
        var (labels, good, noise) = Scores();
        var comparison = PairedBootstrap.Compare(labels, noise, 0.5, good, 0.5, Options);

        var report = GateEvaluator.Evaluate(Spec(), Bootstrap.Compute(labels, noise, 0.5, Options), new ChampionComparison("0.3.0", comparison));
        var record = GateDecision.Decide(report, GateMode.Enabled, false, null).ToRecord();

        Assert.NotNull(record.ChampionDeltas);
        Assert.Equal(MetricNames.All, record.ChampionDeltas.Select(d => d.Metric));
        var rocAuc = record.ChampionDeltas.Single(d => d.Metric == MetricNames.RocAuc);
        Assert.Equal(comparison.Get(MetricNames.RocAuc).Delta, rocAuc.Delta);
        Assert.True(rocAuc.Delta < 0, "noise ranks worse than the good scores");
        Assert.InRange(rocAuc.Delta, rocAuc.Lower, rocAuc.Upper);
    }

    [Fact]
    public void A_significantly_worse_challenger_fails_the_build_naming_the_champion()
    {
        var (labels, good, noise) = Scores();
        var comparison = PairedBootstrap.Compare(labels, noise, 0.5, good, 0.5, Options);

        var report = GateEvaluator.Evaluate(Spec(), Bootstrap.Compute(labels, noise, 0.5, Options), new ChampionComparison("0.3.0", comparison));
        var decision = GateDecision.Decide(report, GateMode.Enabled, false, null);

        Assert.Equal(GateStatus.Failed, decision.Status);
        Assert.True(decision.FailsBuild);
        Assert.Contains(report.Failures, c => c.Check.StartsWith("roc_auc vs champion 0.3.0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_small_drop_within_the_tolerance_passes()
    {
        var (labels, good, _) = Scores();
        var slightlyWorse = good.Select((p, i) => i % 50 == 0 ? 1 - p : p).ToArray();
        var comparison = PairedBootstrap.Compare(labels, slightlyWorse, 0.5, good, 0.5, Options);
        var spec = new GateSpec { Champion = new ChampionGateSpec { Tolerance = 0.05 } };

        var report = GateEvaluator.Evaluate(spec, Bootstrap.Compute(labels, slightlyWorse, 0.5, Options), new ChampionComparison("0.1.0", comparison));

        Assert.True(report.Passed, report.ToMarkdown());
    }

    [Fact]
    public void Dry_run_reports_a_failure_without_failing_the_build()
    {
        var (labels, good, _) = Scores();
        var report = GateEvaluator.Evaluate(Spec(new MetricBound(MetricNames.F1, Min: 0.999)), Bootstrap.Compute(labels, good, 0.5, Options), null);

        var decision = GateDecision.Decide(report, GateMode.DryRun, false, null);

        Assert.Equal(GateStatus.Failed, decision.Status);
        Assert.False(decision.FailsBuild);
    }

    [Fact]
    public void Forcing_a_failed_gate_needs_a_reason_and_records_it()
    {
        var (labels, good, _) = Scores();
        var report = GateEvaluator.Evaluate(Spec(new MetricBound(MetricNames.F1, Min: 0.999)), Bootstrap.Compute(labels, good, 0.5, Options), null);

        Assert.Throws<ArgumentException>(() => GateDecision.Decide(report, GateMode.Enabled, force: true, reason: " "));
        var decision = GateDecision.Decide(report, GateMode.Enabled, force: true, reason: "label fix in flight");

        Assert.Equal(GateStatus.Overridden, decision.Status);
        Assert.False(decision.FailsBuild);
        Assert.Equal("label fix in flight", decision.OverrideReason);
    }

    [Fact]
    public void A_bound_on_an_unknown_metric_is_an_error_that_lists_the_known_ones()
    {
        var (labels, good, _) = Scores(200);

        var error = Assert.Throws<ArgumentException>(() =>
            GateEvaluator.Evaluate(Spec(new MetricBound("auc", Min: 0.5)), Bootstrap.Compute(labels, good, 0.5, Options), null));

        Assert.Contains("'auc'", error.Message, StringComparison.Ordinal);
        Assert.Contains(MetricNames.RocAuc, error.Message, StringComparison.Ordinal);
    }
}
