using Xunit.Abstractions;
using Mlops.Model.Scoring;
using Mlops.Model.Training.MlNet;
using Mlops.Model.Training.Trainers;

namespace Mlops.Model.Tests.MlNet;

/// <summary>
/// The managed forest exported from an ML.NET model scores every row as ML.NET itself does (trees, missing-value
/// routes and Platt calibrator), on test rows with missing values in every column kind and unseen categories.
/// </summary>
public sealed class MlNetExportParityTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-6;

    private static readonly Lazy<ChurnMatrices> Data = new(() => ChurnMatrices.Generate(rows: 11_000));

    private static readonly MlNetParameters Parameters = new() { Rounds = 120, EarlyStoppingRounds = 20, LearningRate = 0.1, NumLeaves = 16, MinDataInLeaf = 10 };

    [Theory]
    [InlineData(TrainerFamily.LightGbm)]
    [InlineData(TrainerFamily.FastTree)]
    public void The_exported_forest_scores_within_1e_6_of_MlNet(TrainerFamily family)
    {
        var data = Data.Value;
        var model = MlNetTrainer.Fit(family, data.Train, data.Validation, Parameters);

        var expected = model.Predict(data.Test);
        var ensemble = TreeEnsemble.Load(MlNetTrainer.Export(model, data.Train.Columns).BoosterJson);
        var actual = new float[data.Test.Rows];
        ensemble.PredictProbabilities(data.Test.Features, data.Test.Columns, actual);

        var largest = expected.Zip(actual, (e, a) => Math.Abs(e - (double)a)).Max();
        output.WriteLine($"{family}: {model.Trees.Count} trees, {data.Test.Rows} test rows, largest difference {largest:E3}");
        Assert.True(data.Test.Rows >= 2000, $"only {data.Test.Rows} test rows");
        Assert.True(data.Test.Features.Any(float.IsNaN), "the test rows hold no missing value");
        Assert.InRange(largest, 0, Tolerance);
    }

    [Theory]
    [InlineData(TrainerFamily.LightGbm)]
    [InlineData(TrainerFamily.FastTree)]
    public void The_export_keeps_the_trees_early_stopping_kept_and_their_gain(TrainerFamily family)
    {
        var data = Data.Value;
        var model = MlNetTrainer.Fit(family, data.Train, data.Validation, Parameters);

        var forest = MlNetTrainer.Export(model, data.Train.Columns);

        Assert.Equal(model.Trees.Count, TreeEnsemble.Load(forest.BoosterJson).TreeCount);
        Assert.InRange(forest.TreeCount, 1, Parameters.Rounds);
        Assert.True(forest.FeatureGain.Sum() > 0);
        Assert.Equal(data.Train.Columns, forest.FeatureGain.Count);
    }
}
