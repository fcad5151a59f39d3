using Mlops.Model.Training.Data;
using Mlops.Model.Training.Monitoring.Batches;
using Mlops.Model.Training.Monitoring.History;
using Mlops.Model.Training.Monitoring.Issues;
using Mlops.Model.Training.Monitoring.Sources;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Monitoring;

/// <summary>One model checked on batch after batch: load, score, judge, then open, update or close the issue.</summary>
public sealed class MonitorSession(ModelSpec spec, ScoringModel model, IRegressionIssues issues)
{
    private readonly ModelReference reference = ModelReference.From(model.Card);

    public async Task<MonitorOutcome> CheckAsync(string batchPath, string commit, string? runUrl, VerdictHistory history, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(model);
        var load = BatchLoader.Load(batchPath, spec);
        var run = new MonitorRun(spec.ModelId, model.Card.Version, Path.GetFileName(batchPath), load.Fingerprint, commit, runUrl, DateTimeOffset.UtcNow);
        var result = load.Table is { } table
            ? WithSchema(MonitorEngine.Evaluate(new MonitorInput(reference.Profile, table, TableScoring.Score(model, table), model.Threshold, reference.Probabilities, spec.Monitoring)), load)
            : MonitorResult.SchemaFailure([load.Schema], $"The batch cannot be checked: {load.Schema.Value}");
        var issue = await new RegressionIssueLifecycle(issues).ApplyAsync(run, result, spec.Monitoring.Alert, history, cancellationToken);
        return new MonitorOutcome(run, result, issue);
    }

    private static MonitorResult WithSchema(MonitorResult result, BatchLoad load) =>
        result.Status == MonitorStatus.InsufficientData ? result : result with { Checks = [load.Schema, .. result.Checks] };
}

/// <summary>One batch's run, verdict and what happened to the issues.</summary>
public sealed record MonitorOutcome(MonitorRun Run, MonitorResult Result, LifecycleOutcome Issue);
