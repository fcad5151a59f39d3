namespace Mlops.Model.Training.Trainers;

/// <summary>What any trainer family produced, in the one forest format the managed scorer reads.</summary>
/// <param name="BoosterJson">The trees (and the calibration folded into leaves and base score) in the managed forest's JSON format.</param>
/// <param name="BestIteration">Zero-based boosting round kept by early stopping on the validation split.</param>
/// <param name="TreeCount">Trees kept.</param>
/// <param name="ValidationLogLoss">Validation log loss after each round, when the trainer reports it; else empty.</param>
/// <param name="FeatureGain">Total split gain per encoded feature (0 when never used).</param>
public sealed record TrainedForest(
    string BoosterJson,
    int BestIteration,
    int TreeCount,
    IReadOnlyList<double> ValidationLogLoss,
    IReadOnlyList<double> FeatureGain);
