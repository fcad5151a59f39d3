using BenchmarkDotNet.Attributes;
using Mlops.Model.Scoring;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Bench.Scoring;

/// <summary>
/// One record per call, as an API request scores it: the managed scorer on a span against what a
/// caller of libxgboost's C API pays per record (a 1-row DMatrix, predict, copy the result out).
/// </summary>
public class SingleRecordBenchmarks
{
    private TreeEnsemble managed = null!;
    private NativeBooster native = null!;
    private float[] record = [];

    [GlobalSetup]
    public void Setup()
    {
        var json = BenchmarkData.BoosterJson.Value;
        managed = TreeEnsemble.Load(json);
        native = NativeBooster.LoadJson(json);

        // One thread: a single row gains nothing from OpenMP, and its fork/join would only add to libxgboost's time.
        native.SetParameter("nthread", "1");
        record = BenchmarkData.Rows(seed: 4, rows: 1);
    }

    [GlobalCleanup]
    public void Cleanup() => native.Dispose();

    [Benchmark(Baseline = true)]
    public float Libxgboost() => native.Predict(record, 1, BenchmarkData.Columns)[0];

    [Benchmark]
    public float Managed() => managed.PredictProbability(record);
}
