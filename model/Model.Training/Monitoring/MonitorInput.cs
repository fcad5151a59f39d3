using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;

namespace Mlops.Model.Training.Monitoring;

/// <summary>
/// What one monitoring run judges: the training profile from the model card, the labelled batch, the model's
/// probabilities on it (one per row) and its decision threshold, and optionally the histogram of the test split's
/// probabilities (without it the prediction-drift check is skipped, saying why).
/// </summary>
public sealed record MonitorInput(
    DataProfile Reference,
    ColumnTable Batch,
    IReadOnlyList<double> Probabilities,
    double Threshold,
    Histogram? ReferencePredictions,
    MonitoringSpec Spec);
