using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Mlops.Bench.Scoring;

/// <summary>
/// Short jobs so the whole run takes minutes on a shared 2-core machine. In-process, so the booster is
/// trained once and no benchmark project is generated and rebuilt per case.
/// </summary>
internal static class BenchmarkConfigs
{
    /// <summary>Microsecond calls: BenchmarkDotNet picks the invocations per iteration.</summary>
    public static IConfig SingleRecord { get; } = Create(Job.Default.WithWarmupCount(3).WithIterationCount(10));

    /// <summary>
    /// Second-long calls: one invocation per iteration is far above timer resolution, and lets each
    /// iteration get a fresh DMatrix; few iterations, because each of the six cases runs for seconds.
    /// </summary>
    public static IConfig Batch { get; } =
        Create(Job.Default.WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1));

    private static ManualConfig Create(Job job) =>
        DefaultConfig.Instance
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
}
