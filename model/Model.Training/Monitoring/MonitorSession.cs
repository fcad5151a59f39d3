using Mlops.Model.Training.Data;
using Mlops.Model.Training.Monitoring.Batches;
using Mlops.Model.Training.Monitoring.History;
using Mlops.Model.Training.Monitoring.Issues;
using Mlops.Model.Training.Monitoring.Sources;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Monitoring;

/// <summary>
/// One model checked on batch after batch: load, score, judge, then open, update or close the issue.
/// <paramref name="reportLocation"/> says where a batch's report will be (a link in CI), for the issue to point at.
/// </summary>
public sealed class MonitorSession(ModelSpec spec, ScoringModel model, IRegressionIssues issues, Func<string, string>? reportLocation = null)
{
    private readonly ModelReference reference = ModelReference.From(model.Card);

    public async Task<MonitorOutcome> CheckAsync(string batchPath, string commit, string? runUrl, VerdictHistory history, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(model);
        var load = BatchLoader.Load(batchPath, spec);
        var batchName = Path.GetFileName(batchPath);
        var run = new MonitorRun(spec.ModelId, model.Card.Version, batchName, load.Fingerprint, commit, runUrl, DateTimeOffset.UtcNow) { Report = reportLocation?.Invoke(batchName) };
        var result = load switch
        {
            { InsufficientData: { } why } => MonitorResult.InsufficientData(0, why),
            { Table: { } table } => WithSchema(MonitorEngine.Evaluate(new MonitorInput(reference.Profile, table, TableScoring.Score(model, table), model.Threshold, reference.Probabilities, spec.Monitoring, spec.Columns)), load),
            _ => MonitorResult.SchemaFailure([load.Schema], $"The batch cannot be checked: {load.Schema.Value}"),
        };
        var issue = await new RegressionIssueLifecycle(issues).ApplyAsync(run, result, spec.Monitoring.Alert, spec.Monitoring.Close, history, cancellationToken);
        return new MonitorOutcome(run, result, issue);
    }

    private static MonitorResult WithSchema(MonitorResult result, BatchLoad load) =>
        result.Status == MonitorStatus.InsufficientData ? result : result with { Checks = [load.Schema, .. result.Checks] };
}

/// <summary>One batch's run, verdict and what happened to the issues.</summary>
public sealed record MonitorOutcome(MonitorRun Run, MonitorResult Result, LifecycleOutcome Issue);
