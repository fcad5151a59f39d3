using System.Text.Json.Nodes;
using Mlops.Build.Integrations.Databricks;
using Mlops.Model;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Pipeline;

namespace Mlops.Integrations.Tests.Databricks;

/// <summary>
/// Issue 9's "run succeeds and its model passes the gates": the simulator serves what the job's pandas path wrote
/// for the churn data, and the code the TrainRemote, Evaluate and Gate tasks call takes it through the gates,
/// against the locally trained model as champion, on the build's own test split.
/// </summary>
public sealed class RemoteModelGateTests : DatabricksHarness, IDisposable
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";
    private const string Version = "0.4.0";
    private const string OutputPath = "/Volumes/main/mlops/models/0.4.0/0123456789abcdef";

    private readonly string _folder = Directory.CreateTempSubdirectory("remote-gate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [PythonXGBoostFact]
    public async Task A_successful_runs_model_is_evaluated_and_passes_the_gates_like_a_local_one()
    {
        var spec = ChurnSpec();
        var jobOutput = Path.Combine(_folder, "job");
        JobPython.Run("train.py", "--spec", spec, "--csv", Path.Combine(_folder, "churn.csv"), "--output-path", jobOutput, "--commit", Commit, "--version", Version);
        var jobId = Simulator.Workspace.AddJob(new JsonObject { ["name"] = "train" });
        foreach (var name in RemoteTraining.OutputFiles)
        {
            Simulator.Workspace.AddFile($"{OutputPath}/{name}", await File.ReadAllBytesAsync(Path.Combine(jobOutput, name)));
        }

        var pipeline = new ModelPipeline(spec, _folder, Path.Combine(_folder, "model"), trainsRemotely: true);
        pipeline.PrepareData();
        pipeline.ForgetTrainingRun();
        var result = await new RemoteTraining(Client, RemoteTrainingOptions.From(Settings), Log.Add, RecordWait)
            .RunAsync(new TrainingJob(jobId, null), Commit, Version, OutputPath, pipeline.OutputDirectory);
        var run = pipeline.RecordRemoteTraining(result.ToRemoteRun());
        var card = pipeline.Evaluate(new ModelIdentity(Version, Commit));
        var decision = GateRun.Run(GateSpecReader.Read(pipeline.Spec), pipeline.TestSplit(), ScoringModel.LoadDirectory(pipeline.OutputDirectory), LocalChampion(spec), GateOverride.None);

        Assert.Equal(GateStatus.Passed, decision.Status);
        Assert.Equal(result.RunId, card.TrainedBy?.RunId);
        Assert.Equal(result.RunPageUrl, card.TrainedBy?.RunPageUrl);
        Assert.Equal(run.Threshold, card.Threshold.Value);
        Assert.Equal(pipeline.TestSplit().RowCount, card.Data.TestRows);
        Assert.Contains(card.Features, feature => feature.Importance > 0);
        Assert.Equal(run.Threshold, new ModelPipeline(spec, _folder, pipeline.OutputDirectory, trainsRemotely: true).Train().Run.Threshold);
        AssertBothModelsIntervalsAreDrawn(decision);
    }

    // gate.html draws each model's own interval: the champion's values are those its paired differences were taken from.
    private static void AssertBothModelsIntervalsAreDrawn(GateDecision decision)
    {
        var intervals = decision.Report.Intervals!;
        Assert.All(decision.Report.ChampionDeltas!, delta => Assert.Equal(delta.ChampionValue, intervals.Champion![delta.Metric].Value, 12));
        Assert.All(decision.Report.ChampionDeltas!, delta => Assert.Equal(delta.ChallengerValue, intervals.Challenger[delta.Metric].Value, 12));
        var html = GateHtml.Render(decision);
        Assert.Equal(intervals.Champion!.Count, html.Split($"class=\"interval\" data-series=\"champion {decision.Report.ChampionVersion}\"").Length - 1);
        Assert.Equal(intervals.Challenger.Count, html.Split("class=\"interval\" data-series=\"challenger\"").Length - 1);
    }

    /// <summary>The repository's spec on a generated churn file in the test's folder, with the family the job trains.</summary>
    private string ChurnSpec()
    {
        ChurnGenerator.WriteFile(Path.Combine(_folder, "churn.csv"), new ChurnDataOptions());
        var spec = JsonNode.Parse(File.ReadAllText(RepositoryRoot.File("model", "spec.json")))!;
        spec["data"]!["path"] = "churn.csv";
        spec["trainer"] = "xgboost";
        var path = Path.Combine(_folder, "spec.json");
        File.WriteAllText(path, spec.ToJsonString());
        return path;
    }

    // The champion is the repository's default family (ML.NET), so the gate compares across families.
    private Champion LocalChampion(string spec)
    {
        var championSpec = Path.Combine(_folder, "champion-spec.json");
        File.WriteAllText(championSpec, File.ReadAllText(spec).Replace("\"trainer\":\"xgboost\"", "\"trainer\":\"lightgbm\"", StringComparison.Ordinal));
        var local = new ModelPipeline(championSpec, _folder, Path.Combine(_folder, "local"));
        local.Evaluate(new ModelIdentity("0.3.0", Commit));
        return new Champion("0.3.0", ScoringModel.LoadDirectory(local.OutputDirectory));
    }
}
