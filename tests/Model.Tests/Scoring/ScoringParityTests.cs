using Mlops.Model.Scoring;
using Mlops.Model.Tests.XGBoost;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Model.Tests.Scoring;

/// <summary>The managed scorer must give libxgboost's probabilities for every row.</summary>
public sealed class ScoringParityTests
{
    private const float Tolerance = 1e-6f;

    public static TheoryData<int, int, double, int, int> Cases => new()
    {
        // seed, columns, missing rate, max depth, rounds
        { 11, 5, 0.05, 2, 500 },
        { 12, 20, 0.2, 6, 100 },
        { 13, 12, 0.4, 10, 10 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Managed_probabilities_match_libxgboost_for_every_row(int seed, int columns, double missingRate, int depth, int rounds)
    {
        var train = SyntheticData.Generate(seed, rows: 2000, columns, missingRate);
        var test = SyntheticData.Generate(seed + 100, rows: 2000, columns, missingRate);
        var result = TrainAllRounds(train, depth, rounds);
        var ensemble = TreeEnsemble.Load(result.BoosterJson);
        using var native = NativeBooster.LoadJson(result.BoosterJson);

        var expected = native.Predict(test.Features, test.Rows, test.Columns);

        Assert.Equal(rounds, ensemble.TreeCount);
        Assert.Equal(columns, ensemble.FeatureCount);
        for (var row = 0; row < test.Rows; row++)
        {
            var managed = ensemble.PredictProbability(test.Features.AsSpan(row * columns, columns));
            Assert.True(Math.Abs(managed - expected[row]) <= Tolerance, $"row {row}: managed {managed} vs libxgboost {expected[row]}");
        }
    }

    // 2,003 rows: the batch kernel walks rows four at a time in tiles of 64, so this leaves a partial tile and three odd rows.
    [Theory]
    [MemberData(nameof(Cases))]
    public void Batch_probabilities_match_libxgboost_for_every_row(int seed, int columns, double missingRate, int depth, int rounds)
    {
        const int Rows = 2003;
        var train = SyntheticData.Generate(seed, rows: 2000, columns, missingRate);
        var test = SyntheticData.Generate(seed + 200, rows: Rows, columns, missingRate);
        var booster = TrainAllRounds(train, depth, rounds).BoosterJson;
        var ensemble = TreeEnsemble.Load(booster);
        using var native = NativeBooster.LoadJson(booster);
        var managed = new float[Rows];

        ensemble.PredictProbabilities(test.Features, columns, managed);

        var expected = native.Predict(test.Features, Rows, columns);
        for (var row = 0; row < Rows; row++)
        {
            Assert.True(Math.Abs(managed[row] - expected[row]) <= Tolerance, $"row {row}: managed {managed[row]} vs libxgboost {expected[row]}");
        }
    }

    [Fact]
    public void Rows_that_are_entirely_missing_or_extreme_follow_xgboost()
    {
        const int Columns = 6;
        var result = TrainAllRounds(SyntheticData.Generate(21, rows: 2000, Columns, missingRate: 0.3), depth: 5, rounds: 40);
        var ensemble = TreeEnsemble.Load(result.BoosterJson);
        using var native = NativeBooster.LoadJson(result.BoosterJson);
        float[] rows =
        [
            .. Enumerable.Repeat(float.NaN, Columns),
            .. Enumerable.Repeat(float.MaxValue, Columns),
            .. Enumerable.Repeat(float.MinValue, Columns),
            .. Enumerable.Repeat(0f, Columns),
        ];

        var expected = native.Predict(rows, 4, Columns);

        for (var row = 0; row < 4; row++)
        {
            Assert.Equal(expected[row], ensemble.PredictProbability(rows.AsSpan(row * Columns, Columns)), Tolerance);
        }
    }

    [Fact]
    public void Batch_scoring_in_parallel_equals_row_by_row_scoring()
    {
        var train = SyntheticData.Generate(31, rows: 2000, columns: 8, missingRate: 0.1);
        var data = SyntheticData.Generate(32, rows: 20_000, columns: 8, missingRate: 0.1);
        var ensemble = TreeEnsemble.Load(TrainAllRounds(train, depth: 4, rounds: 20).BoosterJson);
        var parallel = new float[data.Rows];

        ensemble.PredictProbabilities(data.Features, data.Columns, parallel, degreeOfParallelism: 2);

        for (var row = 0; row < data.Rows; row++)
        {
            Assert.Equal(ensemble.PredictProbability(data.Features.AsSpan(row * data.Columns, data.Columns)), parallel[row]);
        }
    }

    /// <summary>Validating on the training rows keeps loss falling, so early stopping keeps every round.</summary>
    private static XGBoostTrainingResult TrainAllRounds(TrainingMatrix train, int depth, int rounds) =>
        XGBoostTrainer.Train(train, train, new XGBoostParameters
        {
            Rounds = rounds,
            EarlyStoppingRounds = rounds,
            MaxDepth = depth,
            Eta = 0.3,
            MinChildWeight = 0.5,
            NThread = 1,
        });
}
