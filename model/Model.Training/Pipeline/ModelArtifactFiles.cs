namespace Mlops.Model.Training.Pipeline;

/// <summary>The files of artifacts/model/ besides the model's own (<see cref="ModelFiles"/>).</summary>
public static class ModelArtifactFiles
{
    public const string Profile = "profile.json";
    public const string ProfileMarkdown = "profile.md";
    public const string TrainingRun = "training.json";
    public const string Metrics = "metrics.json";
    public const string TestPredictions = "test-predictions.csv";
    public const string Report = "report.md";
}
