using Cake.Common;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.Integrations.GitHub;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Model;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.Batches;
using Mlops.Model.Training.Monitoring.Issues;
using Mlops.Model.Training.Monitoring.Reporting;
using Mlops.Model.Training.Monitoring.Sources;
using NuGet.Versioning;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Monitor))]
[TaskDescription("Checks the production model on new labelled batches (data/incoming/ or --data): quality, drift, metrics; opens, updates or closes the regression issue")]
public sealed class Monitor : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var spec = context.Model.Spec;
        var ledger = BatchLedger.Open(context.Paths.MonitorLedger);
        var batches = Argument(context, ArgumentNames.Data) is { } data ? [Path.GetFullPath(data)] : ledger.NewBatches(context.Paths.IncomingData);
        if (batches.Count == 0)
        {
            context.Log.Information("Nothing to check: no new CSV batch in {0} (processed ones are listed in {1}).", context.Paths.IncomingData, context.Paths.MonitorLedger);
            return;
        }

        var modelFolder = await ModelFolderAsync(context, spec.ModelId);
        var model = ScoringModel.LoadDirectory(modelFolder);
        var session = new MonitorSession(spec, model, Issues(context));
        foreach (var batch in batches)
        {
            var outcome = await session.CheckAsync(batch, context.Ci.Sha ?? GitInfo.HeadCommit(context.Paths.Root), context.Ci.RunUrl, ledger.HistoryOf(spec.ModelId));
            Report(context, outcome);
            ledger.RecordProcessed(batch, outcome.Run.DataFingerprint, MonitorMarkdown.Verdict(outcome.Result.Status), outcome.Run.At);
            ledger.SetHistory(spec.ModelId, outcome.Issue.History);
            ledger.Save();
        }

        if (IsSet(context, ArgumentNames.Retrain))
        {
            context.Log.Warning("--{0} is not wired into Monitor yet: a breach is reported, not retrained. Add the new batches to the training data and run --target=Release to retrain through the gates.", ArgumentNames.Retrain);
        }
    }

    private static void Report(BuildContext context, MonitorOutcome outcome)
    {
        ReportFiles.Write(context.Paths.MonitorReports, outcome.Run, outcome.Result);
        if (context.Ci.StepSummaryFile is { } summary)
        {
            ReportFiles.AppendJobSummary(summary, outcome.Run, outcome.Result);
        }

        context.Log.Information("{0}: {1} ({2}). {3} Report: {4}", outcome.Run.BatchName, MonitorMarkdown.Verdict(outcome.Result.Status),
            string.Join(", ", outcome.Result.BreachedChecks), outcome.Issue.Message, Path.Combine(context.Paths.MonitorReports, ReportFiles.Html));
    }

    /// <summary>The production model: --model-version, else the version a deployed API serves, else the highest stable on the feed.</summary>
    private static async Task<string> ModelFolderAsync(BuildContext context, string modelId)
    {
        var requested = Argument(context, ArgumentNames.ModelVersion);
        if (requested is null && Argument(context, ArgumentNames.ApiUrl) is { } api)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            requested = await ServedModelVersion.ReadAsync(http, new Uri(api.EndsWith('/') ? api : api + "/"));
            context.Log.Information("{0} serves {1} {2}.", api, modelId, requested);
        }

        using var feed = new NuGetModelFeed(context.Feed);
        var version = requested is not null ? NuGetVersion.Parse(requested) : (await feed.ListVersionsAsync(modelId)).Where(v => !v.IsPrerelease).Max();
        if (version is null && !File.Exists(Path.Combine(context.Paths.ModelArtifacts, ModelFiles.Card)))
        {
            throw new InvalidOperationException($"No model to check: the feed {feed.Settings} has no stable {modelId} and {context.Paths.ModelArtifacts} holds no trained model. Publish one, train one, or pass --{ArgumentNames.ModelVersion}.");
        }

        if (version is null)
        {
            context.Log.Warning("The feed {0} has no stable {1}: checking the local build's model in {2} instead.", feed.Settings, modelId, context.Paths.ModelArtifacts);
            return context.Paths.ModelArtifacts;
        }

        context.Log.Information("Checking {0} {1} from {2}.", modelId, version, feed.Settings);
        var package = await feed.DownloadAsync(modelId, version, Path.Combine(context.Paths.MonitorReports, "model"));
        return Path.Combine(package.ContentFolder, "model");
    }

    private static IRegressionIssues Issues(BuildContext context)
    {
        void Print(string text) => context.Log.Information("{0}", text);
        if (IsSet(context, ArgumentNames.DryRunIssues))
        {
            return new PrintedRegressionIssues(Print, $"--{ArgumentNames.DryRunIssues}");
        }

        var env = context.Environment;
        if (string.IsNullOrWhiteSpace(env.GetEnvironmentVariable(EnvironmentNames.GitHubToken)) || string.IsNullOrWhiteSpace(env.GetEnvironmentVariable(EnvironmentNames.GitHubRepository)))
        {
            return new PrintedRegressionIssues(Print, $"no {EnvironmentNames.GitHubToken} or {EnvironmentNames.GitHubRepository}");
        }

        var settings = GitHubSettings.FromEnvironment(env.GetEnvironmentVariable);
        return new GitHubRegressionIssues(GitHubClientFactory.Create(settings, Print, context.Ci.IsGitHubActions));
    }

    // A flag is on when given bare (--retrain) or with any value but "false" (the workflow passes --retrain="false").
    private static bool IsSet(BuildContext context, string name) =>
        context.HasArgument(name) && !string.Equals(context.Argument(name, string.Empty), "false", StringComparison.OrdinalIgnoreCase);

    // The workflow passes --model-version="" when its input is empty: an empty argument means "not given".
    private static string? Argument(BuildContext context, string name) =>
        context.Argument<string?>(name, null) is { Length: > 0 } value ? value : null;
}
