using System.Text.Json;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Model.Tests.XGBoost;

public sealed class XGBoostTrainerTests
{
    private static readonly TrainingMatrix Train = SyntheticData.Generate(seed: 1, rows: 2000, columns: 6, missingRate: 0.1);
    private static readonly TrainingMatrix Validation = SyntheticData.Generate(seed: 2, rows: 600, columns: 6, missingRate: 0.1);

    [Fact]
    public void Early_stopping_keeps_the_trees_up_to_the_best_validation_round()
    {
        // A large eta overfits quickly, so validation loss turns upward well before the round limit.
        var parameters = new XGBoostParameters { Rounds = 300, EarlyStoppingRounds = 5, Eta = 0.8, MaxDepth = 8, NThread = 1 };

        var result = XGBoostTrainer.Train(Train, Validation, parameters);

        Assert.True(result.RoundsRun < parameters.Rounds, "training should have stopped early");
        Assert.Equal(result.BestIteration + parameters.EarlyStoppingRounds + 1, result.RoundsRun);
        Assert.Equal(result.ValidationLogLoss.Min(), result.BestValidationLogLoss);
        Assert.Equal(result.BestIteration + 1, result.TreeCount);
        Assert.Equal(result.TreeCount, CountTrees(result.BoosterJson));
    }

    [Fact]
    public void Training_without_improvement_stall_runs_every_round()
    {
        var parameters = new XGBoostParameters { Rounds = 12, EarlyStoppingRounds = 50, Eta = 0.05, NThread = 1 };

        var result = XGBoostTrainer.Train(Train, Validation, parameters);

        Assert.Equal(12, result.RoundsRun);
        Assert.Equal(11, result.BestIteration);
        Assert.True(result.ValidationLogLoss[^1] < result.ValidationLogLoss[0]);
    }

    [Fact]
    public void Gain_importance_credits_the_informative_features()
    {
        var result = XGBoostTrainer.Train(Train, Validation, new XGBoostParameters { Rounds = 30, NThread = 1 });

        Assert.Equal(Train.Columns, result.FeatureGain.Count);
        var weakestInformative = result.FeatureGain.Take(3).Min();
        var strongestNoise = result.FeatureGain.Skip(3).Max();
        Assert.True(weakestInformative > strongestNoise, $"informative {weakestInformative} vs noise {strongestNoise}");
    }

    [Fact]
    public void A_bad_parameter_surfaces_xgboosts_own_error_text()
    {
        var parameters = new XGBoostParameters { Rounds = 3, MaxDepth = -1 };

        var error = Assert.Throws<XGBoostException>(() => XGBoostTrainer.Train(Train, Validation, parameters));

        Assert.NotNull(error.NativeError);
        Assert.Contains("max_depth", error.NativeError, StringComparison.Ordinal);
        Assert.Contains(error.Call!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mismatched_shapes_are_rejected_naming_the_split()
    {
        var broken = Validation with { Labels = new float[5] };

        var error = Assert.Throws<ArgumentException>(() => XGBoostTrainer.Train(Train, broken, new XGBoostParameters()));

        Assert.Contains("validation", error.Message, StringComparison.Ordinal);
    }

    private static int CountTrees(string boosterJson)
    {
        using var document = JsonDocument.Parse(boosterJson);
        return document.RootElement.GetProperty("learner").GetProperty("gradient_booster")
            .GetProperty("model").GetProperty("trees").GetArrayLength();
    }
}
