using Mlops.Build.Integrations.GitHub.Reports;

namespace Mlops.Integrations.Tests.GitHub.Reports;

public sealed class PullRequestCommentTests
{
    [Fact]
    public void Shows_the_gate_table_the_deltas_with_intervals_and_the_run_artifacts()
    {
        var body = PullRequestComment.Render(GateOutcomes.Passed(), GateOutcomes.Source());

        Assert.Contains("## Model gate: ✅ passed", body, StringComparison.Ordinal);
        Assert.Contains("Challenger **0.4.0-ci.12** (commit `0123456789ab`) against the champion **0.3.0**", body, StringComparison.Ordinal);
        Assert.Contains("| f1 | 0.71 [0.68, 0.74] | f1 ≥ 0.7 | pass |", body, StringComparison.Ordinal);
        Assert.Contains("| f1 | 0.71 | 0.7 | +0.01 [-0.02, +0.04] | higher |", body, StringComparison.Ordinal);
        Assert.Contains("| log_loss | 0.41 | 0.43 | -0.02 [-0.05, +0.01] | lower |", body, StringComparison.Ordinal);
        Assert.Contains("[artifacts](https://github.com/octo-org/model-repo/actions/runs/77#artifacts)", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_model_has_no_champion_section()
    {
        var body = PullRequestComment.Render(GateOutcomes.FirstModel(), GateOutcomes.Source());

        Assert.Contains("✅ passed (first model)", body, StringComparison.Ordinal);
        Assert.Contains("with no champion on the feed", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Challenger against the champion", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_local_run_points_at_the_local_artifacts_folder()
    {
        var body = PullRequestComment.Render(GateOutcomes.Failed(), GateOutcomes.Source(runUrl: null));

        Assert.Contains("`artifacts/model/`", body, StringComparison.Ordinal);
        Assert.DoesNotContain("#artifacts", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_in_dry_run_mode_says_the_build_goes_on_and_an_override_gives_its_reason()
    {
        var dryRun = PullRequestComment.Render(GateOutcomes.Failed(mode: "dry_run"), GateOutcomes.Source());
        var failed = GateOutcomes.Failed();
        var overridden = failed with { Gate = failed.Gate with { Status = "overridden", OverrideReason = "label noise in the new data" } };

        Assert.Contains("❌ failed (dry run: the build goes on)", dryRun, StringComparison.Ordinal);
        Assert.Contains("explicit override: label noise in the new data", PullRequestComment.Render(overridden, GateOutcomes.Source()), StringComparison.Ordinal);
    }
}
