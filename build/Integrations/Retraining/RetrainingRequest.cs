using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Spec;

namespace Mlops.Build.Integrations.Retraining;

/// <summary>
/// One Monitor run's retraining: the spec, the model Monitor checked (the champion), this run's batches and their
/// outcomes (only an alert retrains), the commit, and the folder for the combined data and the challenger.
/// </summary>
public sealed record RetrainingRequest(
    ModelSpec Spec,
    string RepositoryRoot,
    Champion Champion,
    IReadOnlyList<string> Batches,
    IReadOnlyList<MonitorOutcome> Outcomes,
    string Commit,
    string WorkFolder);
