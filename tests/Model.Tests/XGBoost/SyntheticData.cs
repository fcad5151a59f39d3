using Mlops.Model.Training.XGBoost;

namespace Mlops.Model.Tests.XGBoost;

/// <summary>Seeded binary-classification data with a nonlinear signal, noise and NaN holes.</summary>
internal static class SyntheticData
{
    public static TrainingMatrix Generate(int seed, int rows, int columns, double missingRate, double labelNoise = 0.1)
    {
        var random = new Random(seed);
        var features = new float[rows * columns];
        var labels = new float[rows];
        for (var row = 0; row < rows; row++)
        {
            var values = features.AsSpan(row * columns, columns);
            for (var column = 0; column < columns; column++)
            {
                values[column] = (float)(random.NextDouble() * 4 - 2);
            }

            labels[row] = Label(values, random, labelNoise);
            PunchHoles(values, random, missingRate);
        }

        return new TrainingMatrix(features, rows, columns, labels);
    }

    private static float Label(ReadOnlySpan<float> values, Random random, double labelNoise)
    {
        var signal = values[0] * values[1] + Math.Sin(3 * values[0]) - (values.Length > 2 ? values[2] * values[2] : 0);
        var positive = signal > 0;
        return random.NextDouble() < labelNoise ? (positive ? 0f : 1f) : (positive ? 1f : 0f);
    }

    private static void PunchHoles(Span<float> values, Random random, double missingRate)
    {
        for (var column = 0; column < values.Length; column++)
        {
            if (random.NextDouble() < missingRate)
            {
                values[column] = float.NaN;
            }
        }
    }
}
