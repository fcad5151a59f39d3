using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.RunHistory;
using Mlops.Build.Integrations.GitHub;
using Mlops.Build.Integrations.Monitoring;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Build.Integrations.Retraining;
using Mlops.Model;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.Issues;
using Mlops.Model.Training.Monitoring.Batches;
using Mlops.Model.Training.Monitoring.Reporting;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Monitor))]
[TaskDescription("Checks the production model on new labelled batches (data/incoming/ or --data): quality, drift, metrics; opens, updates or closes the regression issue; --retrain retrains on an alert")]
public sealed class Monitor : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var spec = context.Model.Spec;
        var ledger = BatchLedger.Over(new StoreLedger(context.History));
        var settings = context.Monitor;
        var batches = settings.DataFile is { } data ? [data] : ledger.NewBatches(context.Paths.IncomingData);
        if (batches.Count == 0)
        {
            context.Log.Information("Nothing to check: no new CSV batch in {0} (processed ones are listed in the run history, {1}).", context.Paths.IncomingData, context.History.Location.Describe());
            return;
        }

        using var feed = context.OpenFeed();
        var folder = await new ProductionModel(
            feed, context.Paths.ModelArtifacts, Path.Combine(context.Paths.MonitorReports, ModelFiles.PackageFolder), $"--{ArgumentNames.ModelVersion}", Log(context)).FolderAsync(spec.ModelId, settings.ModelVersion, settings.ApiUrl, CancellationToken.None);
        var model = ScoringModel.LoadDirectory(folder);
        var issues = RegressionIssuesFactory.Create(context.Environment.GetEnvironmentVariable, settings.DryRunIssues, context.Ci.IsGitHubActions, Log(context));
        var session = new MonitorSession(spec, model, issues, batch => ReportLocation(context, batch));
        var outcomes = new List<MonitorOutcome>();
        foreach (var batch in batches)
        {
            var outcome = await session.CheckAsync(batch, context.Version.Commit, context.Ci.RunUrl, ledger.HistoryOf(spec.ModelId));
            Report(context, outcome);
            context.History.RecordMonitor(outcome.Run, outcome.Result);
            ledger.RecordProcessed(batch, outcome.Run.DataFingerprint, MonitorMarkdown.Verdict(outcome.Result.Status), outcome.Run.At);
            ledger.SetHistory(spec.ModelId, outcome.Issue.History);
            ledger.Save();
            outcomes.Add(outcome);
        }

        if (!settings.Retrain)
        {
            return;
        }

        var retraining = await Retraining(context, feed, issues).RunAsync(
            new RetrainingRequest(spec, context.Paths.Root, new Champion(model.Card.Version, model), batches, outcomes, context.Version.Commit, context.Paths.Retraining),
            CancellationToken.None);
        context.Log.Information("Retraining: {0}", retraining.Message);
        context.AppendJobSummary($"### Retraining{Environment.NewLine}{retraining.Message}");
    }

    /// <summary>
    /// A retrained model that passes the gate goes to production when production stays live (Railway); the local
    /// provider starts the API for its tests and stops it, which puts nothing live, so Monitor then only publishes.
    /// </summary>
    private static ModelRetraining Retraining(BuildContext context, IModelFeed feed, IRegressionIssues issues)
    {
        var production = DeployEnvironments.Provider(context, DeployEnvironments.Production, feed);
        var notDeployed = $"not deployed: {production.Description}, which puts nothing live; run --target=Deploy to test it.";
        var packer = new ModelPackager(context, context.Paths, context.Version.Commit, context.RepositoryUrl);
        return new ModelRetraining(feed, packer, issues, production.StaysLive ? production : null, notDeployed, Log(context));
    }

    private static void Report(BuildContext context, MonitorOutcome outcome)
    {
        var folder = context.Paths.MonitorReport(outcome.Run.BatchName);
        ReportFiles.Write(folder, outcome.Run, outcome.Result);
        context.AppendJobSummary(MonitorMarkdown.JobSummary(outcome.Run, outcome.Result));
        // The breached checks in brackets, when there are any: a healthy run reads "healthy.", not "healthy ()."
        var breached = outcome.Result.BreachedChecks.Any() ? $" ({string.Join(", ", outcome.Result.BreachedChecks)})" : string.Empty;
        context.Log.Information("{0}: {1}{2}. {3} Report: {4}", outcome.Run.BatchName, MonitorMarkdown.Verdict(outcome.Result.Status),
            breached, outcome.Issue.Message, Path.Combine(folder, ReportFiles.Html));
    }

    /// <summary>In CI, the run's artifact (monitor.yml uploads artifacts/); locally, the file.</summary>
    private static string ReportLocation(BuildContext context, string batchName)
    {
        var file = Path.Combine(context.Paths.MonitorReport(batchName), ReportFiles.Html);
        var inArtifact = Path.GetRelativePath(context.Paths.Artifacts, file).Replace('\\', '/');
        return context.Ci.RunUrl is { } run ? $"[{ReportFiles.Html}]({run}#artifacts): artifact `{ReportFiles.ArtifactName}`, file `{inArtifact}`" : file;
    }

    private static Action<string> Log(BuildContext context) => line => context.Log.Information("{0}", line);
}
