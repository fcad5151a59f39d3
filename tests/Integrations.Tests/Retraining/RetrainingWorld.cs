using System.Text.Json.Nodes;
using Mlops.Integrations.Tests.Databricks;
using Mlops.Model;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Spec;

namespace Mlops.Integrations.Tests.Retraining;

/// <summary>
/// Small generated churn data in a temp folder, the repository's spec pointed at it (fewer boosting rounds, gate
/// thresholds for small data), and a champion trained on it by the same pipeline as every build.
/// </summary>
public sealed class RetrainingWorld : IDisposable
{
    public const int TrainingRows = 4000;
    public const string ChampionVersion = "1.0.0";

    public RetrainingWorld()
    {
        var dataFile = Path.Combine(Folder, "data", "churn.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(dataFile)!);
        ChurnGenerator.WriteFile(dataFile, new ChurnDataOptions { Rows = TrainingRows, Seed = 11 });
        Directory.CreateDirectory(Path.GetDirectoryName(SpecFile)!);
        File.WriteAllText(SpecFile, SpecText(RepositoryRoot.File("model", "spec.json"), rocAucMin: 0.7));
        Spec = SpecLoader.Load(SpecFile);
        var pipeline = new ModelPipeline(Spec, Folder, Path.Combine(Folder, "champion"));
        pipeline.Evaluate(new ModelIdentity(ChampionVersion, "c0ffee"));
        Champion = new Champion(ChampionVersion, ScoringModel.LoadDirectory(pipeline.OutputDirectory));
    }

    /// <summary>The repository root of this world: data/churn.csv and model/spec.json live under it.</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("mlops-retrain-").FullName;

    public string SpecFile => Path.Combine(Folder, "model", "spec.json");

    public ModelSpec Spec { get; }

    public Champion Champion { get; }

    /// <summary>The spec with a gate no model reaches (ROC AUC of at least 0.999).</summary>
    public ModelSpec UnreachableGateSpec()
    {
        var file = Path.Combine(Folder, "model", "unreachable.json");
        File.WriteAllText(file, SpecText(SpecFile, rocAucMin: 0.999));
        return SpecLoader.Load(file);
    }

    public string WriteBatch(string name, int rows, int seed, string? shift)
    {
        var path = Path.Combine(Folder, "batches", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        ChurnGenerator.WriteFile(path, new ChurnDataOptions { Rows = rows, Seed = seed, Shift = ShiftParser.Parse(shift, 0, 0), CustomerIdPrefix = $"B{seed}-" });
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>
    /// The repository's spec with data at data/churn.csv, 120 rounds at most, one threshold (ROC AUC) and 200 resamples,
    /// so a few thousand rows train in seconds and the gate's verdict depends on the test's bound only.
    /// </summary>
    public static string SpecText(string specFile, double rocAucMin)
    {
        var spec = JsonNode.Parse(File.ReadAllText(specFile))!.AsObject();
        spec.Remove("$schema");
        spec["data"]!["path"] = "data/churn.csv";
        spec["xgboost"]!["rounds"] = 120;
        spec["gates"]!["thresholds"] = new JsonArray(new JsonObject { ["metric"] = "roc_auc", ["min"] = rocAucMin });
        spec["gates"]!["champion"]!["resamples"] = 200;
        return spec.ToJsonString();
    }
}
