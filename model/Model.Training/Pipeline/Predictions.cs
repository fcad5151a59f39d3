using Mlops.Model.Scoring;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Model.Training.Pipeline;

/// <summary>Scores an encoded matrix with the managed scorer, the same code that serves the model.</summary>
internal static class Predictions
{
    public static double[] Score(TreeEnsemble ensemble, TrainingMatrix matrix)
    {
        var output = new float[matrix.Rows];
        ensemble.PredictProbabilities(matrix.Features, matrix.Columns, output);
        return [.. output.Select(probability => (double)probability)];
    }
}
