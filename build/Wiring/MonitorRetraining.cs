using Cake.Core.Diagnostics;
using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Build.Integrations.Packaging;
using Mlops.Build.Integrations.Retraining;
using Mlops.Model;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.Issues;

namespace Mlops.Build;

/// <summary>Monitor's retraining wired to the build: the context's feed and paths, the Pack task's packer, the Deploy task's deployment.</summary>
public sealed class MonitorRetraining
{
    private readonly BuildContext context;
    private readonly ModelRetraining retraining;

    private MonitorRetraining(BuildContext context, ModelRetraining retraining)
    {
        this.context = context;
        this.retraining = retraining;
    }

    /// <summary>
    /// Deploys only with a configured provider (Railway): the local provider starts the API for its smoke tests and
    /// stops it again, which puts nothing live, so Monitor publishes and leaves deploying to --target=Deploy.
    /// </summary>
    public static MonitorRetraining Create(BuildContext context, IModelFeed feed, IRegressionIssues issues)
    {
        ArgumentNullException.ThrowIfNull(context);
        void Log(string line) => context.Log.Information("{0}", line);
        var choice = ProviderChoiceReader.FromEnvironment(context.Environment.GetEnvironmentVariable);
        var deployer = choice.Railway is null
            ? null
            : new ProviderDeployer(new ReleaseDeployment(choice, context.Paths.Deploy, feed, Log, context.AppendJobSummary), context.Paths.SmokeTests);
        var notDeployed = $"not deployed: no deploy provider is configured ({EnvironmentNames.RailwayToken} or {EnvironmentNames.RailwayApiToken} with its ids).";
        var packer = new ModelPackager(context, context.Paths, context.Version.Commit, context.RepositoryUrl);
        return new MonitorRetraining(context, new ModelRetraining(feed, packer, issues, deployer, notDeployed, Log));
    }

    /// <param name="checkedModel">The model Monitor just checked: the champion the challenger must not fall behind.</param>
    public Task<RetrainingOutcome> RunAsync(ScoringModel checkedModel, IReadOnlyList<string> batches, IReadOnlyList<MonitorOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(checkedModel);
        var request = new RetrainingRequest(
            context.Model.Spec,
            context.Paths.Root,
            new Champion(checkedModel.Card.Version, checkedModel),
            batches,
            outcomes,
            context.Version.Commit,
            context.Paths.Retraining);
        return retraining.RunAsync(request, CancellationToken.None);
    }
}
