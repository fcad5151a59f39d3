using System.Text.Json;
using BenchmarkDotNet.Running;
using Mlops.Bench.Scoring;

// Train first so a booster that is not 100 full trees stops the run before any timing.
var json = BenchmarkData.BoosterJson.Value;
var trees = JsonDocument.Parse(json).RootElement
    .GetProperty("learner").GetProperty("gradient_booster").GetProperty("model").GetProperty("trees");
var nodes = trees.EnumerateArray().Select(tree => tree.GetProperty("left_children").GetArrayLength()).ToArray();
Console.WriteLine($"Booster: {nodes.Length} trees, {nodes.Average():F1} nodes per tree on average (a full depth-6 tree has 127).");
if (nodes.Length != BenchmarkData.Trees)
{
    throw new InvalidOperationException($"Expected {BenchmarkData.Trees} trees but training kept {nodes.Length}.");
}

var singleRecord = BenchmarkRunner.Run<SingleRecordBenchmarks>(BenchmarkConfigs.SingleRecord, args);
var batch = BenchmarkRunner.Run<BatchBenchmarks>(BenchmarkConfigs.Batch, args);
RatioReport.Print(singleRecord, batch);
