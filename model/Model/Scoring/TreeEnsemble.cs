using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

        return Sigmoid(PredictMargin(features));
    }

    /// <summary>Scores row-major rows on the calling thread.</summary>
    public void PredictProbabilities(ReadOnlySpan<float> rowMajor, int columns, Span<float> output)
    {
        CheckBatch(rowMajor.Length, columns, output.Length);
        for (var row = 0; row < output.Length; row++)
        {
            output[row] = Sigmoid(PredictMargin(rowMajor.Slice(row * columns, columns)));
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

    /// <summary>
    /// Walks every tree for exactly its depth with no data-dependent branch (leaves point to themselves),
    /// so the CPU never mispredicts and overlaps the walks of consecutive trees. The caller has checked
    /// that <paramref name="features"/> holds every feature the splits read, so reads skip bounds checks.
    /// </summary>
    private float PredictMargin(ReadOnlySpan<float> features)
    {
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(forest.Nodes);
        ref var row = ref MemoryMarshal.GetReference(features);
        var leafValues = forest.LeafValues;
        var roots = forest.Roots;
        var depths = forest.Depths;
        var margin = baseMargin;
        for (var tree = 0; tree < roots.Length; tree++)
        {
            var index = roots[tree];
            for (var step = depths[tree]; step > 0; step--)
            {
                ref readonly var node = ref Unsafe.Add(ref nodes, index);
                var value = Unsafe.Add(ref row, node.Feature);

                // Right when value >= threshold; a missing (NaN) value fails both comparisons and takes the default side.
                index = node.Left + (Bit(value >= node.Threshold) | (Bit(float.IsNaN(value)) & node.DefaultRight));
            }

            margin += leafValues[index];
        }

        return margin;
    }

    private static int Bit(bool condition) => Unsafe.BitCast<bool, byte>(condition);

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
