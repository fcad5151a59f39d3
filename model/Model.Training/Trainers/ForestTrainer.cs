using Mlops.Model.Training.MlNet;
using Mlops.Model.Training.Spec;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Model.Training.Trainers;

/// <summary>Trains the spec's trainer family on the same encoded matrices, early-stopping on the validation one.</summary>
public static class ForestTrainer
{
    public static TrainedForest Train(ModelSpec spec, TrainingMatrix train, TrainingMatrix validation)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Trainer switch
        {
            TrainerFamily.LightGbm => MlNetTrainer.Train(TrainerFamily.LightGbm, train, validation, spec.LightGbm),
            TrainerFamily.FastTree => MlNetTrainer.Train(TrainerFamily.FastTree, train, validation, spec.FastTree),
            _ => FromXGBoost(XGBoostTrainer.Train(train, validation, spec.XGBoost)),
        };
    }

    private static TrainedForest FromXGBoost(XGBoostTrainingResult result) =>
        new(result.BoosterJson, result.BestIteration, result.TreeCount, result.ValidationLogLoss, result.FeatureGain);
}
