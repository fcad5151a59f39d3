using System.Text.Json;

namespace Mlops.Model.Scoring;

/// <summary>
/// A boosted tree ensemble scored in managed code from XGBoost's JSON model, so serving needs no
/// native library. Arithmetic follows XGBoost's CPU predictor: float32 thresholds with
/// <c>x &lt; threshold</c> going left, NaN taking the default direction, leaf values summed in
/// float32 onto the base margin, and a float32 sigmoid.
/// </summary>
public sealed class TreeEnsemble
{
    /// <summary>Rows per parallel work item: large enough to amortise scheduling, small enough to balance.</summary>
    private const int RowsPerBlock = 4096;

    private readonly Forest forest;
    private readonly float baseMargin;

    internal TreeEnsemble(Forest forest, float baseMargin, int featureCount)
    {
        this.forest = forest;
        this.baseMargin = baseMargin;
        FeatureCount = featureCount;
    }

    public int FeatureCount { get; }

    public int TreeCount => forest.Roots.Length;

    public static TreeEnsemble Load(Stream json)
    {
        using var document = Parse(() => JsonDocument.Parse(json));
        return XGBoostJsonReader.Read(document);
    }

    public static TreeEnsemble Load(string json)
    {
        using var document = Parse(() => JsonDocument.Parse(json));
        return XGBoostJsonReader.Read(document);
    }

    /// <summary>The probability of the positive class for one row; allocates nothing.</summary>
    public float PredictProbability(ReadOnlySpan<float> features)
    {
        if (features.Length < FeatureCount)
        {
            throw new ArgumentException($"The model needs {FeatureCount} features but the row has {features.Length}.", nameof(features));
        }

        return Sigmoid(ForestWalk.Margin(forest, baseMargin, features));
    }

    /// <summary>Scores row-major rows on the calling thread.</summary>
    public void PredictProbabilities(ReadOnlySpan<float> rowMajor, int columns, Span<float> output)
    {
        CheckBatch(rowMajor.Length, columns, output.Length);
        ForestWalk.Margins(forest, baseMargin, rowMajor, columns, output);
        foreach (ref var value in output)
        {
            value = Sigmoid(value);
        }
    }

    /// <summary>Scores row-major rows in blocks spread over up to <paramref name="degreeOfParallelism"/> threads.</summary>
    public void PredictProbabilities(ReadOnlyMemory<float> rowMajor, int columns, Memory<float> output, int degreeOfParallelism)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        CheckBatch(rowMajor.Length, columns, output.Length);
        var blocks = (output.Length + RowsPerBlock - 1) / RowsPerBlock;
        var options = new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism };
        Parallel.For(0, blocks, options, block =>
        {
            var first = block * RowsPerBlock;
            var count = Math.Min(RowsPerBlock, output.Length - first);
            PredictProbabilities(rowMajor.Span.Slice(first * columns, count * columns), columns, output.Span.Slice(first, count));
        });
    }

    private static float Sigmoid(float margin) => 1f / (1f + MathF.Exp(-margin));

    private void CheckBatch(int values, int columns, int rows)
    {
        if (columns < FeatureCount)
        {
            throw new ArgumentException($"The model needs {FeatureCount} features but rows have {columns} columns.", nameof(columns));
        }

        if (values != (long)rows * columns)
        {
            throw new ArgumentException($"{values} values do not make {rows} rows of {columns} columns.", nameof(columns));
        }
    }

    private static JsonDocument Parse(Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException error)
        {
            throw new ModelFormatException($"The model is not valid JSON: {error.Message}", error);
        }
    }
}
