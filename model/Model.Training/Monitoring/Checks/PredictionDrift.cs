using Mlops.Model.Profiles;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Monitoring.Drift;

namespace Mlops.Model.Training.Monitoring.Checks;

/// <summary>Drift of the model's output: PSI of the batch's probabilities on the bins of the test split's probabilities.</summary>
public static class PredictionDrift
{
    public const string NoReference =
        "the model card has no referencePredictions (a histogram of the test split's probabilities); retrain to add it";

    public static MonitorCheck Check(Histogram? reference, IReadOnlyList<double> probabilities, double limit)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var bound = $"PSI ≤ {Format.Number(limit)}";
        if (reference is null)
        {
            return MonitorCheck.Skipped(CheckNames.PredictionDrift, CheckArea.Prediction, bound, NoReference);
        }

        var binned = new BinnedReference(reference);
        var psi = PopulationStability.Index(binned.Counts, binned.CountsOf([.. probabilities]));
        return new MonitorCheck(
            CheckNames.PredictionDrift,
            CheckArea.Prediction,
            $"PSI {Format.Number(psi)}",
            bound,
            psi > limit ? CheckStatus.Breach : CheckStatus.Pass);
    }
}
