using Mlops.Model.Training.XGBoost;

namespace Mlops.Bench.Scoring;

/// <summary>
/// The booster both scorers read: 100 trees of depth 6 on 20 features, trained on seeded rows with
/// NaN holes so the default (missing) branches are exercised too.
/// </summary>
internal static class BenchmarkData
{
    public const int Columns = 20;

    public const int Trees = 100;

    private const int TrainingRows = 50_000;

    private const double MissingRate = 0.1;

    /// <summary>Seeded dense rows, row-major, with about one value in ten missing.</summary>
    public static float[] Rows(int seed, int rows)
    {
        var random = new Random(seed);
        var features = new float[rows * Columns];
        for (var index = 0; index < features.Length; index++)
        {
            features[index] = random.NextDouble() < MissingRate ? float.NaN : (float)((random.NextDouble() * 4) - 2);
        }

        return features;
    }

    /// <summary>Trained once per process: every benchmark case runs in this process and scores the same booster.</summary>
    public static Lazy<string> BoosterJson { get; } = new(TrainBoosterJson);

    /// <summary>Trains every round (validation on the training rows keeps loss falling, patience covers all rounds).</summary>
    private static string TrainBoosterJson()
    {
        var features = Rows(seed: 1, TrainingRows);
        var labels = Labels(features, new Random(2));
        var train = new TrainingMatrix(features, TrainingRows, Columns, labels);
        var parameters = new XGBoostParameters
        {
            Rounds = Trees,
            EarlyStoppingRounds = Trees,
            MaxDepth = 6,
            Eta = 0.1,
            MinChildWeight = 0.1,
            Seed = 3,
        };
        return XGBoostTrainer.Train(train, train, parameters).BoosterJson;
    }

    /// <summary>A signal spread over every feature, with 10 % label noise, so trees keep splitting to full depth.</summary>
    private static float[] Labels(float[] features, Random random)
    {
        var labels = new float[features.Length / Columns];
        for (var row = 0; row < labels.Length; row++)
        {
            var values = features.AsSpan(row * Columns, Columns);
            var signal = 0.0;
            for (var column = 0; column < Columns; column += 2)
            {
                signal += Value(values[column]) * Value(values[column + 1]) + Math.Sin(2 * Value(values[column]));
            }

            var positive = signal > 0 != random.NextDouble() < 0.1;
            labels[row] = positive ? 1f : 0f;
        }

        return labels;
    }

    private static double Value(float feature) => float.IsNaN(feature) ? 0 : feature;
}
