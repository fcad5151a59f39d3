using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.Integrations.GitHub;
using Mlops.Build.Integrations.GitHub.Reports;

namespace Mlops.Build.Tasks;

[TaskName(nameof(PullRequestReport))]
[TaskDescription("On a pull request: one comment with the gate table and the deltas against the champion (updated on every push) and the model-gate commit status")]
[IsDependentOn(typeof(Gate))]
public sealed class PullRequestReport : AsyncFrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (PullRequestNumber.From(context.Environment.GetEnvironmentVariable) is not null)
        {
            return true;
        }

        context.Log.Information(
            "Skipped: not a pull request ({0} is not set and {1} is not refs/pull/N/merge).",
            EnvironmentNames.PullRequestNumber,
            EnvironmentNames.GitHubRef);
        return false;
    }

    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var variable = context.Environment.GetEnvironmentVariable;
        var outcome = GateOutcome.Read(context.Paths.ModelArtifacts);
        var headCommit = variable(EnvironmentNames.PullRequestHeadSha) is { Length: > 0 } head ? head : context.Version.Commit;
        var source = new ReportSource(context.Version.SemVer, headCommit, context.Ci.RunUrl);
        var client = GitHubClientFactory.Create(GitHubSettingsReader.FromEnvironment(variable), message => context.Log.Information("{0}", message), context.Ci.IsGitHubActions);
        var number = PullRequestNumber.From(variable)!.Value;
        var result = await new PullRequestReporter(client).PostAsync(number, outcome, source);
        context.Log.Information("Pull request #{0}: {1} {2} ({3}).", number, GateStatusLine.Context, result.Status.State, result.Status.Description);
    }
}
