using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Model.Training.MlNet;

/// <summary>A fitted ML.NET tree classifier: its trees and Platt calibrator, and the transformer that scores as ML.NET does.</summary>
public sealed class MlNetModel
{
    private readonly MLContext context;
    private readonly ITransformer transformer;

    private MlNetModel(MLContext context, ITransformer transformer, IReadOnlyList<RegressionTree> trees, PlattCalibrator calibrator)
    {
        this.context = context;
        this.transformer = transformer;
        Trees = trees;
        Calibrator = calibrator;
    }

    public IReadOnlyList<RegressionTree> Trees { get; }

    /// <summary>probability = 1 / (1 + exp(Slope × score + Offset)), score being the trees' summed output.</summary>
    public PlattCalibrator Calibrator { get; }

    internal static MlNetModel Of<TModel>(MLContext context, BinaryPredictionTransformer<CalibratedModelParametersBase<TModel, PlattCalibrator>> transformer)
        where TModel : TreeEnsembleModelParametersBasedOnRegressionTree =>
        new(context, transformer, transformer.Model.SubModel.TrainedTreeEnsemble.Trees, transformer.Model.Calibrator);

    /// <summary>ML.NET's own calibrated probabilities for the matrix's rows.</summary>
    public float[] Predict(TrainingMatrix matrix)
    {
        var scored = transformer.Transform(MatrixView.From(context, matrix));
        return [.. scored.GetColumn<float>("Probability")];
    }
}
