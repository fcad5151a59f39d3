using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Build.Integrations.Packaging;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.Issues;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Retraining;

namespace Mlops.Build.Integrations.Retraining;

/// <summary>
/// Monitor's --retrain: when a batch raised an alert, train a challenger on the spec's data plus the run's batches,
/// send it through the Gate task's gate against the model Monitor checked, and when it passes pack it, publish it at
/// the next free patch version and deploy it (when a provider that stays live is given). The alerting issues get a comment either way.
/// </summary>
public sealed class ModelRetraining(IModelFeed feed, IModelPacker packer, IRegressionIssues issues, IDeployProvider? deployer, string notDeployedReason, Action<string> log)
{
    public async Task<RetrainingOutcome> RunAsync(RetrainingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var alerts = AlertedIssues(request.Outcomes);
        if (alerts.Count == 0)
        {
            return new RetrainingOutcome(RetrainingResult.NotNeeded, null, null, "No batch raised an alert: nothing to retrain.");
        }

        var spec = request.Spec;
        var version = NextVersion.After(await feed.ListVersionsAsync(spec.ModelId, cancellationToken), request.Champion.Version).ToNormalizedString();
        log($"Retraining {spec.ModelId} as {version} on {spec.Data.Path} plus {request.Batches.Count} new batch(es).");
        var challenger = ChallengerTraining.Train(spec, request.RepositoryRoot, request.Batches, request.WorkFolder, new ModelIdentity(version, request.Commit));
        var decision = GateRun.Run(GateSpecReader.Read(spec), challenger.FairTest, challenger.Model, request.Champion, GateOverride.None);
        var gate = GateArtifacts.Write(challenger.ModelFolder, decision);
        log(gate);
        if (decision.Status != GateStatus.Passed)
        {
            await CommentAsync(alerts, RetrainingText.Rejected(spec.ModelId, version, challenger, request.Champion.Version, decision, gate), cancellationToken);
            return new RetrainingOutcome(RetrainingResult.Rejected, version, decision, $"The retrained {spec.ModelId} {version} failed the gate: nothing was published.");
        }

        var packed = await packer.PackAsync(challenger.ModelFolder, version, cancellationToken);
        var push = await feed.PushAsync(packed.PackagePath, cancellationToken);
        log(push.Message);
        var deployment = deployer is null ? notDeployedReason : await deployer.DeployAsync(version, request.Commit, cancellationToken);
        await CommentAsync(alerts, RetrainingText.Published(spec.ModelId, version, feed.Settings.Source, deployment, challenger, request.Champion.Version, gate), cancellationToken);
        return new RetrainingOutcome(RetrainingResult.Published, version, decision, $"{push.Message} {deployment}");
    }

    /// <summary>The issues this run opened or commented on: a breach that stays below the spec's N of M does not retrain.</summary>
    private static List<int> AlertedIssues(IReadOnlyList<MonitorOutcome> outcomes) =>
        [.. outcomes.Where(o => o.Issue.Action is LifecycleAction.Opened or LifecycleAction.Commented && o.Issue.IssueNumber is not null)
            .Select(o => o.Issue.IssueNumber!.Value).Distinct()];

    private async Task CommentAsync(IReadOnlyList<int> numbers, string body, CancellationToken cancellationToken)
    {
        foreach (var number in numbers)
        {
            await issues.CommentAsync(number, body, cancellationToken);
        }
    }
}
