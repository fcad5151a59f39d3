using BenchmarkDotNet.Attributes;
using Mlops.Model.Scoring;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Bench.Scoring;

/// <summary>
/// 1,000,000 records with the same thread count on both sides: the managed scorer against libxgboost's
/// batch predict, once on a DMatrix built beforehand and once paying for the DMatrix as a caller must.
/// libxgboost caches predictions per DMatrix, so the prebuilt one is fresh for every timed call
/// (one invocation per iteration); reusing it would time a cache hit, not a prediction.
/// </summary>
public class BatchBenchmarks
{
    public const int Records = 1_000_000;

    private TreeEnsemble managed = null!;
    private NativeBooster native = null!;
    private NativeDMatrix? prebuilt;
    private float[] records = [];
    private float[] output = [];

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var json = BenchmarkData.BoosterJson.Value;
        managed = TreeEnsemble.Load(json);
        native = NativeBooster.LoadJson(json);
        native.SetParameter("nthread", Threads.ToString(System.Globalization.CultureInfo.InvariantCulture));
        records = BenchmarkData.Rows(seed: 5, Records);
        output = new float[Records];
    }

    [GlobalCleanup]
    public void Cleanup() => native.Dispose();

    [IterationSetup(Target = nameof(LibxgboostPrebuiltDMatrix))]
    public void BuildDMatrix() => prebuilt = NativeDMatrix.FromDense(records, Records, BenchmarkData.Columns, Threads);

    [IterationCleanup(Target = nameof(LibxgboostPrebuiltDMatrix))]
    public void DisposeDMatrix() => prebuilt?.Dispose();

    [Benchmark(Baseline = true)]
    public float[] LibxgboostPrebuiltDMatrix() => native.Predict(prebuilt!);

    [Benchmark]
    public float[] LibxgboostWithDMatrix()
    {
        using var matrix = NativeDMatrix.FromDense(records, Records, BenchmarkData.Columns, Threads);
        return native.Predict(matrix);
    }

    [Benchmark]
    public float[] Managed()
    {
        managed.PredictProbabilities(records, BenchmarkData.Columns, output, Threads);
        return output;
    }
}
