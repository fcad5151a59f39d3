using Mlops.Model.Cards;
using Mlops.Model.History.Records;
using Mlops.Model.Profiles;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.Reporting;

namespace Mlops.Build.RunHistory;

/// <summary>The facts each task hands to the run history, in the store's own terms.</summary>
public static class HistoryFacts
{
    public static void RecordData(this RunRecorder recorder, DataProfile profile)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        recorder.Record((store, run) => store.AddDataProfile(run, Subjects.Data, profile));
    }

    /// <summary>The test split's metrics with their bootstrap intervals, as the card states them.</summary>
    public static void RecordEvaluation(this RunRecorder recorder, ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        ArgumentNullException.ThrowIfNull(card);
        recorder.Record((store, run) => store.AddMetrics(
            run, Subjects.Test, card.Metrics.Select(pair => new MetricValue(pair.Key, pair.Value.Value, pair.Value.Lower, pair.Value.Upper))));
    }

    /// <summary>The gate's verdict with every check, and each metric's challenger − champion difference with its paired interval.</summary>
    public static void RecordGate(this RunRecorder recorder, GateRecord gate, string version, int testRows)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        ArgumentNullException.ThrowIfNull(gate);
        var detail = gate.ChampionVersion is null ? "no champion" : $"against champion {gate.ChampionVersion}";
        recorder.Record((store, run) =>
        {
            store.AddVerdict(run, new Verdict(
                Subjects.Gate, Subjects.GateKind, version, gate.Status, testRows, gate.OverrideReason is null ? detail : $"{detail}; overridden: {gate.OverrideReason}", DateTimeOffset.UtcNow,
                [.. gate.Checks.Select(c => new VerdictCheck(c.Check, c.Value, c.Bound, c.Passed ? "pass" : "FAIL"))]));
            store.AddMetrics(run, Subjects.GateDifference, (gate.ChampionDeltas ?? []).Select(d => new MetricValue(d.Metric, d.Delta, d.Lower, d.Upper)));
        });
    }

    /// <summary>One batch's verdict with every check, its metrics with intervals and bounds, and the drift per feature.</summary>
    public static void RecordMonitor(this RunRecorder recorder, MonitorRun monitorRun, MonitorResult result)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        ArgumentNullException.ThrowIfNull(monitorRun);
        ArgumentNullException.ThrowIfNull(result);
        var subject = monitorRun.BatchName;
        recorder.Record((store, run) =>
        {
            store.AddVerdict(run, new Verdict(
                subject, Subjects.MonitorKind, monitorRun.ModelVersion, MonitorMarkdown.Verdict(result.Status), result.Rows,
                result.Notes.Count == 0 ? null : string.Join(" ", result.Notes), monitorRun.At,
                [.. result.Checks.Select(c => new VerdictCheck(c.Name, c.Value, c.Bound, c.Verdict))]));
            store.AddMetrics(run, subject, result.Metrics.Select(m => new MetricValue(
                m.Bound.Metric, m.Estimate.Value, m.Estimate.Lower, m.Estimate.Upper, m.Bound.Min, m.Bound.Max)));
            store.AddDrift(run, subject, result.Drift.Select(d => new FeatureDriftValue(d.Feature, d.Psi, d.PsiLimit, d.Test, d.PValue, d.PValueLimit, d.Drifted)));
        });
    }

    /// <summary>
    /// A version now serving in an environment. Deploy records its provider's environment; a promotion between
    /// environments (staging, production) records each one it reaches the same way.
    /// </summary>
    public static void RecordDeployment(this RunRecorder recorder, string environment, string modelId, string version, string provider)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        recorder.Record((store, run) => store.AddDeployment(run, new Deployment(environment, modelId, version, provider, DateTimeOffset.UtcNow)));
    }
}
