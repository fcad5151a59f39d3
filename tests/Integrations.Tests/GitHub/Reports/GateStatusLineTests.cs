using Mlops.Build.Integrations.GitHub;
using Mlops.Build.Integrations.GitHub.Reports;

namespace Mlops.Integrations.Tests.GitHub.Reports;

public sealed class GateStatusLineTests
{
    [Fact]
    public void An_override_is_a_success_that_says_why_and_a_dry_run_failure_is_still_a_failure()
    {
        var failed = GateOutcomes.Failed();
        var overridden = failed with { Gate = failed.Gate with { Status = "overridden", OverrideReason = "known label shift" } };

        var overrideStatus = GateStatusLine.For(overridden, null);
        var dryRun = GateStatusLine.For(GateOutcomes.Failed(mode: "dry_run"), null);

        Assert.Equal(CommitState.Success, overrideStatus.State);
        Assert.StartsWith("gate overridden (known label shift): f1", overrideStatus.Description, StringComparison.Ordinal);
        Assert.Equal(CommitState.Failure, dryRun.State);
        Assert.StartsWith("gate failed (dry run): ", dryRun.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_model_passes_without_a_champion()
    {
        var status = GateStatusLine.For(GateOutcomes.FirstModel(), null);

        Assert.Equal((CommitState.Success, "gate passed: 1 check, first model (no champion)"), (status.State, status.Description));
    }

    [Fact]
    public void The_description_stays_within_GitHubs_140_characters()
    {
        var failed = GateOutcomes.Failed();
        var longCheck = failed.Gate.Checks[0] with { Check = new string('x', 200) };
        var outcome = failed with { Gate = failed.Gate with { Checks = [longCheck] } };

        var description = GateStatusLine.For(outcome, null).Description!;

        Assert.Equal(140, description.Length);
        Assert.EndsWith("…", description, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_gate_status_is_an_error_never_a_pass()
    {
        var passed = GateOutcomes.Passed();
        var unknown = passed with { Gate = passed.Gate with { Status = "maybe" } };

        var error = Assert.Throws<InvalidDataException>(() => GateStatusLine.For(unknown, null));

        Assert.Contains("'maybe'", error.Message, StringComparison.Ordinal);
    }
}
