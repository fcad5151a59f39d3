using Mlops.Model.Cards;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Reporting.Charts;

namespace Mlops.Model.Training.Reporting;

/// <summary>
/// report.md and report.html of a model folder, from its card and its test-predictions.csv. Evaluate writes them
/// before the gate; Gate writes them again with its verdict, so no report says "not gated" after Gate ran.
/// </summary>
public static class ModelReports
{
    public const string Html = "report.html";

    public static void Write(string folder, ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var curves = ClassifierCurves.FromPredictionsFile(Path.Combine(folder, ModelArtifactFiles.TestPredictions));
        File.WriteAllText(Path.Combine(folder, ModelArtifactFiles.Report), ModelCardMarkdown.Render(card) + $"\nPictures (ROC, precision–recall, calibration, score histograms): {Html}\n");
        File.WriteAllText(Path.Combine(folder, Html), ModelReportHtml.Render(card, curves));
    }
}
