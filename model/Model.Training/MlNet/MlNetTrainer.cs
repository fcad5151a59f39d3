using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Mlops.Model.Training.Trainers;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Model.Training.MlNet;

/// <summary>
/// Trains ML.NET's LightGbm or FastTree binary classifier with early stopping on the validation split, and exports
/// its trees and Platt calibrator into the managed forest, so nothing downstream needs ML.NET.
/// </summary>
public static class MlNetTrainer
{
    public static TrainedForest Train(TrainerFamily family, TrainingMatrix train, TrainingMatrix validation, MlNetParameters parameters) =>
        Export(Fit(family, train, validation, parameters), train.Columns);

    /// <summary>ML.NET's own fitted model: the exporter's input, and the reference the parity test holds the export to.</summary>
    public static MlNetModel Fit(TrainerFamily family, TrainingMatrix train, TrainingMatrix validation, MlNetParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(parameters);
        train.Validate("train");
        validation.Validate("validation");
        var context = new MLContext(parameters.Seed);
        var trainView = MatrixView.From(context, train);
        var validationView = MatrixView.From(context, validation);
        return family switch
        {
            TrainerFamily.LightGbm => MlNetModel.Of(context, context.BinaryClassification.Trainers.LightGbm(LightGbmOptions(parameters)).Fit(trainView, validationView)),
            TrainerFamily.FastTree => MlNetModel.Of(context, context.BinaryClassification.Trainers.FastTree(FastTreeOptions(parameters)).Fit(trainView, validationView)),
            _ => throw new ArgumentException($"{family} is not an ML.NET trainer family.", nameof(family)),
        };
    }

    public static TrainedForest Export(MlNetModel model, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(model);
        var forest = ForestExport.ToJson(model.Trees, featureCount, model.Calibrator.Slope, model.Calibrator.Offset);
        return new TrainedForest(forest, model.Trees.Count - 1, model.Trees.Count, [], ForestExport.Gain(model.Trees, featureCount));
    }

    private static LightGbmBinaryTrainer.Options LightGbmOptions(MlNetParameters parameters) => new()
    {
        LabelColumnName = MatrixView.Label,
        FeatureColumnName = MatrixView.Features,
        NumberOfIterations = parameters.Rounds,
        EarlyStoppingRound = parameters.EarlyStoppingRounds,
        EvaluationMetric = LightGbmBinaryTrainer.Options.EvaluateMetricType.Logloss,
        LearningRate = parameters.LearningRate,
        NumberOfLeaves = parameters.NumLeaves,
        MinimumExampleCountPerLeaf = parameters.MinDataInLeaf,
        Booster = new GradientBooster.Options { FeatureFraction = parameters.FeatureFraction },
        Seed = parameters.Seed,
        NumberOfThreads = Threads(parameters),
        Silent = true,
    };

    // FastTree stops on its own validation metric (its first, the error rate) after that many rounds without improvement.
    private static FastTreeBinaryTrainer.Options FastTreeOptions(MlNetParameters parameters) => new()
    {
        LabelColumnName = MatrixView.Label,
        FeatureColumnName = MatrixView.Features,
        NumberOfTrees = parameters.Rounds,
        EarlyStoppingRule = new ConsecutiveGeneralityLossRule(parameters.EarlyStoppingRounds),
        LearningRate = parameters.LearningRate,
        NumberOfLeaves = parameters.NumLeaves,
        MinimumExampleCountPerLeaf = parameters.MinDataInLeaf,
        FeatureFraction = parameters.FeatureFraction,
        Seed = parameters.Seed,
        NumberOfThreads = Threads(parameters),
    };

    private static int? Threads(MlNetParameters parameters) => parameters.NThread > 0 ? parameters.NThread : null;
}
