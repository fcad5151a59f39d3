using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.Integrations.GitHub;
using Mlops.Build.Integrations.Monitoring;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Build.Integrations.Retraining;
using Mlops.Model;
using Mlops.Model.Training.Monitoring;
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
        var ledger = BatchLedger.Open(context.Paths.MonitorLedger);
        var settings = context.Monitor;
        var batches = settings.DataFile is { } data ? [data] : ledger.NewBatches(context.Paths.IncomingData);
        if (batches.Count == 0)
        {
            context.Log.Information("Nothing to check: no new CSV batch in {0} (processed ones are listed in {1}).", context.Paths.IncomingData, context.Paths.MonitorLedger);
            return;
        }

        using var feed = new NuGetModelFeed(context.Feed);
        var folder = await new ProductionModel(feed, context.Paths, Log(context)).FolderAsync(spec.ModelId, settings.ModelVersion, settings.ApiUrl, CancellationToken.None);
        var model = ScoringModel.LoadDirectory(folder);
        var issues = RegressionIssuesFactory.Create(context.Environment.GetEnvironmentVariable, settings.DryRunIssues, context.Ci.IsGitHubActions, Log(context));
        var session = new MonitorSession(spec, model, issues);
        var outcomes = new List<MonitorOutcome>();
        foreach (var batch in batches)
        {
            var outcome = await session.CheckAsync(batch, context.Version.Commit, context.Ci.RunUrl, ledger.HistoryOf(spec.ModelId));
            Report(context, outcome);
            ledger.RecordProcessed(batch, outcome.Run.DataFingerprint, MonitorMarkdown.Verdict(outcome.Result.Status), outcome.Run.At);
            ledger.SetHistory(spec.ModelId, outcome.Issue.History);
            ledger.Save();
            outcomes.Add(outcome);
        }

        if (!settings.Retrain)
        {
            return;
        }

        var retraining = await MonitorRetraining.Create(context, feed, issues).RunAsync(model, batches, outcomes);
        context.Log.Information("Retraining: {0}", retraining.Message);
        context.AppendJobSummary($"### Retraining{Environment.NewLine}{retraining.Message}");
    }

    private static void Report(BuildContext context, MonitorOutcome outcome)
    {
        ReportFiles.Write(context.Paths.MonitorReports, outcome.Run, outcome.Result);
        context.AppendJobSummary(MonitorMarkdown.JobSummary(outcome.Run, outcome.Result));
        // The breached checks in brackets, when there are any: a healthy run reads "healthy.", not "healthy ()."
        var breached = outcome.Result.BreachedChecks.Any() ? $" ({string.Join(", ", outcome.Result.BreachedChecks)})" : string.Empty;
        context.Log.Information("{0}: {1}{2}. {3} Report: {4}", outcome.Run.BatchName, MonitorMarkdown.Verdict(outcome.Result.Status),
            breached, outcome.Issue.Message, Path.Combine(context.Paths.MonitorReports, ReportFiles.Html));
    }

    private static Action<string> Log(BuildContext context) => line => context.Log.Information("{0}", line);
}
