using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Monitoring;

/// <summary>
/// What one monitoring run judges: the training profile from the model card, the labelled batch, the model's
/// probabilities on it (one per row) and its decision threshold, and optionally the histogram of the test split's
/// probabilities (without it the prediction-drift check is skipped, saying why), and the spec's column declarations
/// (without them the checks of declared ranges, closed value lists and required columns are not run).
/// </summary>
public sealed record MonitorInput(
    DataProfile Reference,
    ColumnTable Batch,
    IReadOnlyList<double> Probabilities,
    double Threshold,
    Histogram? ReferencePredictions,
    MonitoringSpec Spec,
    IReadOnlyList<ColumnSpec>? Declared = null);
