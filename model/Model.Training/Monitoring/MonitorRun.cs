namespace Mlops.Model.Training.Monitoring;

/// <summary>Which model was checked on which data, from which commit and CI run: the facts every report and issue names.</summary>
public sealed record MonitorRun(
    string ModelId,
    string ModelVersion,
    string BatchName,
    string DataFingerprint,
    string Commit,
    string? RunUrl,
    DateTimeOffset At)
{
    /// <summary>Where this run's report is (a link to the CI run's artifact, or a local path); null when unknown.</summary>
    public string? Report { get; init; }
}
