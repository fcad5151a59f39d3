using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Pipeline;

namespace Mlops.Api.Tests.Fixtures;

/// <summary>
/// A model version exactly as the build's pipeline writes it (Data → Train → Evaluate with the repository's spec and
/// its default trainer, on generated churn rows, fewer rounds): the dashboard is tested on a card the pipeline
/// really produced, curves and calibration table included.
/// </summary>
public static class PipelineModel
{
    public const string Version = "2.1.0";

    private const int Rows = 3000;

    private static readonly Lazy<string> LazyDirectory = new(Create);

    /// <summary>The folder the pipeline evaluated into; the same for every test in the run.</summary>
    public static string Directory => LazyDirectory.Value;

    private static string Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"mlops-pipeline-model-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(folder, recursive: true);
        ChurnGenerator.WriteFile(Path.Combine(folder, "churn.csv"), new ChurnDataOptions { Rows = Rows, Seed = 5 });
        var spec = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "model", "spec.json"))
            .Replace("data/churn.csv", "churn.csv", StringComparison.Ordinal)
            .Replace("\"rounds\": 400", "\"rounds\": 60", StringComparison.Ordinal);
        var specPath = Path.Combine(folder, "spec.json");
        File.WriteAllText(specPath, spec);
        var pipeline = new ModelPipeline(specPath, folder, Path.Combine(folder, "model"));
        pipeline.Evaluate(new ModelIdentity(Version, "0123456789abcdef0123456789abcdef01234567"));
        return pipeline.OutputDirectory;
    }
}
