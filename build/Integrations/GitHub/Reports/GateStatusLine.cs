using Mlops.Model.Training.Gating;

namespace Mlops.Build.Integrations.GitHub.Reports;

/// <summary>The model-gate commit status: success or failure, and one line that says why.</summary>
public static class GateStatusLine
{
    public const string Context = "model-gate";

    // GitHub refuses a status description longer than 140 characters.
    private const int MaxDescription = 140;

    public static NewCommitStatus For(GateOutcome outcome, string? targetUrl)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var (state, description) = outcome.Status switch
        {
            GateStatus.Passed => (CommitState.Success, $"gate passed: {Checks(outcome)}, no drop vs {outcome.Gate.ChampionVersion}"),
            GateStatus.FirstModel => (CommitState.Success, $"gate passed: {Checks(outcome)}, first model (no champion)"),
            GateStatus.Overridden => (CommitState.Success, $"gate overridden ({outcome.Gate.OverrideReason}): {FirstFailure(outcome)}"),
            _ => (CommitState.Failure, $"gate failed{(outcome.IsDryRun ? " (dry run)" : string.Empty)}: {FirstFailure(outcome)}"),
        };
        return new NewCommitStatus(state, Context, Shorten(description), targetUrl);
    }

    private static string Checks(GateOutcome outcome) => outcome.Gate.Checks.Count == 1 ? "1 check" : $"{outcome.Gate.Checks.Count} checks";

    private static string FirstFailure(GateOutcome outcome)
    {
        var failures = outcome.Failures;
        if (failures.Count == 0)
        {
            return "no check failed";
        }

        var first = failures[0];
        var more = failures.Count > 1 ? $", +{failures.Count - 1} more" : string.Empty;
        return $"{first.Check} {first.Value} (needs {first.Bound}){more}";
    }

    private static string Shorten(string text) => text.Length <= MaxDescription ? text : text[..(MaxDescription - 1)] + "…";
}
