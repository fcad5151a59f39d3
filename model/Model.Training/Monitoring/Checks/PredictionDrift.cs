using Mlops.Model.Profiles;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Monitoring.Drift;

namespace Mlops.Model.Training.Monitoring.Checks;

/// <summary>
/// Drift of the model's output: PSI of the batch's probabilities on the bins of the test split's probabilities. PSI
/// alone swings with the batch size, so it breaches only when the KS test on the same bins is significant too.
/// </summary>
public static class PredictionDrift
{
    public const string NoReference =
        "the model card has no referencePredictions (a histogram of the test split's probabilities); retrain to add it";

    public static MonitorCheck Check(Histogram? reference, IReadOnlyList<double> probabilities, double psiLimit, double pValueLimit)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var bound = $"PSI ≤ {Format.Number(psiLimit)} or KS p ≥ {Format.Number(pValueLimit)}";
        if (reference is null)
        {
            return MonitorCheck.Skipped(CheckNames.PredictionDrift, CheckArea.Prediction, bound, NoReference);
        }

        var binned = new BinnedReference(reference);
        var counts = binned.CountsOf([.. probabilities]);
        var psi = PopulationStability.Index(binned.Counts, counts);
        var pValue = BinnedKolmogorovSmirnov.Test(binned, counts).PValue;
        return new MonitorCheck(
            CheckNames.PredictionDrift,
            CheckArea.Prediction,
            $"PSI {Format.Number(psi)}; KS p {Format.Number(pValue)}",
            bound,
            psi > psiLimit && pValue < pValueLimit ? CheckStatus.Breach : CheckStatus.Pass);
    }
}
