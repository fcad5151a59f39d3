using System.Globalization;
using BenchmarkDotNet.Reports;

namespace Mlops.Bench.Scoring;

/// <summary>Prints each managed median against libxgboost's from the same run, as managed / native ratios.</summary>
internal static class RatioReport
{
    private const double SingleRecordGoalNanoseconds = 2_000;

    public static void Print(Summary singleRecord, Summary batch)
    {
        Console.WriteLine();
        Console.WriteLine("Managed / libxgboost, medians of this run (below 1 means the managed scorer is faster):");
        PrintSingleRecord(singleRecord);
        foreach (var threads in batch.Reports.Select(report => Threads(report)).Distinct())
        {
            PrintBatch(batch, threads);
        }
    }

    private static void PrintSingleRecord(Summary summary)
    {
        var managed = Find(summary, nameof(SingleRecordBenchmarks.Managed));
        var native = Find(summary, nameof(SingleRecordBenchmarks.Libxgboost));
        var managedBytes = AllocatedBytes(managed);
        Console.WriteLine(Invariant(
            $"  one record: managed {Median(managed):F0} ns, {managedBytes} B; libxgboost {Median(native):F0} ns, ",
            $"{AllocatedBytes(native)} B; ratio {Median(managed) / Median(native):F3} ",
            $"(goal < {SingleRecordGoalNanoseconds:F0} ns and 0 B: {Verdict(Median(managed) < SingleRecordGoalNanoseconds && managedBytes == 0)})"));
    }

    private static void PrintBatch(Summary summary, int threads)
    {
        var managed = Median(Find(summary, nameof(BatchBenchmarks.Managed), threads));
        var prebuilt = Median(Find(summary, nameof(BatchBenchmarks.LibxgboostPrebuiltDMatrix), threads));
        var withMatrix = Median(Find(summary, nameof(BatchBenchmarks.LibxgboostWithDMatrix), threads));
        Console.WriteLine(Invariant(
            $"  {BatchBenchmarks.Records:N0} records, {threads} thread(s): managed {managed / 1e6:F0} ms; ",
            $"libxgboost on a prebuilt DMatrix {prebuilt / 1e6:F0} ms (ratio {managed / prebuilt:F3}), ",
            $"with DMatrix creation {withMatrix / 1e6:F0} ms (ratio {managed / withMatrix:F3}) ",
            $"(goal ratio ≤ 1 against the prebuilt DMatrix: {Verdict(managed <= prebuilt)})"));
    }

    private static BenchmarkReport Find(Summary summary, string method, int? threads = null) =>
        summary.Reports.FirstOrDefault(report =>
            report.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && (threads is null || Threads(report) == threads))
        ?? throw new InvalidOperationException($"No result for {method} (threads {threads}); did the benchmark fail?");

    private static int Threads(BenchmarkReport report) =>
        (int)report.BenchmarkCase.Parameters[nameof(BatchBenchmarks.Threads)]!;

    private static double Median(BenchmarkReport report) =>
        report.ResultStatistics?.Median ?? throw new InvalidOperationException($"{report.BenchmarkCase.DisplayInfo} has no measurements.");

    private static long AllocatedBytes(BenchmarkReport report) =>
        report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? -1;

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static string Invariant(params FormattableString[] parts) =>
        string.Concat(parts.Select(part => part.ToString(CultureInfo.InvariantCulture)));
}
