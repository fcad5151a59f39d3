namespace Mlops.Model.Training.XGBoost;

/// <summary>What training produced: the kept trees as XGBoost JSON and the validation history.</summary>
/// <param name="BoosterJson">The booster sliced to the best iteration, in XGBoost's own JSON model format.</param>
/// <param name="BestIteration">Zero-based round with the lowest validation logloss.</param>
/// <param name="TreeCount">Trees kept (BestIteration + 1 for a binary model).</param>
/// <param name="ValidationLogLoss">Validation logloss after each round that ran, in order.</param>
/// <param name="FeatureGain">Total gain per feature index of the kept trees (0 when never used).</param>
public sealed record XGBoostTrainingResult(
    string BoosterJson,
    int BestIteration,
    int TreeCount,
    IReadOnlyList<double> ValidationLogLoss,
    IReadOnlyList<double> FeatureGain)
{
    public int RoundsRun => ValidationLogLoss.Count;

    public double BestValidationLogLoss => ValidationLogLoss[BestIteration];
}
