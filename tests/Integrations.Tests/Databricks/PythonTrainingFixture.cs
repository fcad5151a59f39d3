using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mlops.Integrations.Tests.Databricks;

/// <summary>
/// Runs model/databricks/train.py's pandas path once on a small seeded data set and keeps what it wrote:
/// the three model files and its own predictions (feature vectors and probabilities) for a scoring set
/// that holds unseen and missing categories.
/// </summary>
public sealed class PythonTrainingFixture : IDisposable
{
    public const int TrainingRows = 600;
    public const int ScoringRows = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Lazy<PythonTrainingOutput> _output;

    public PythonTrainingFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"databricks-train-{Guid.NewGuid():N}");
        _output = new Lazy<PythonTrainingOutput>(Train);
    }

    public string Folder { get; }

    public string OutputFolder => Path.Combine(Folder, "out");

    public string ScoringCsv => Path.Combine(Folder, "score.csv");

    public string TrainingCsv => Path.Combine(Folder, "train.csv");

    public PythonTrainingOutput Output => _output.Value;

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private PythonTrainingOutput Train()
    {
        Directory.CreateDirectory(Folder);
        var spec = Path.Combine(Folder, "spec.json");
        File.WriteAllText(spec, SpecJson);
        File.WriteAllText(TrainingCsv, ChurnCsv(new Random(11), TrainingRows, withUnseen: false));
        File.WriteAllText(ScoringCsv, ChurnCsv(new Random(12), ScoringRows, withUnseen: true));
        var predictions = Path.Combine(Folder, "predictions.json");
        JobPython.Run(
            "train.py",
            "--spec", spec, "--csv", TrainingCsv, "--output-path", OutputFolder,
            "--commit", "0123456789abcdef", "--version", "0.0.1-test",
            "--predict-csv", ScoringCsv, "--predictions-out", predictions);
        return JsonSerializer.Deserialize<PythonTrainingOutput>(File.ReadAllText(predictions), Json)!;
    }

    // Tenure, plan, charges and autopay drive churn; a few values are missing, and the scoring set adds plans training never saw.
    private static string ChurnCsv(Random random, int rows, bool withUnseen)
    {
        string[] plans = withUnseen ? ["basic", "plus", "pro", "legacy", "enterprise", "student"] : ["basic", "basic", "plus", "plus", "pro", "legacy"];
        var csv = new StringBuilder("tenure,plan,charges,autopay,churned\n");
        for (var i = 0; i < rows; i++)
        {
            var tenure = random.Next(0, 72);
            var plan = random.NextDouble() < 0.05 ? string.Empty : plans[random.Next(plans.Length)];
            var charges = random.NextDouble() < 0.05 ? (double?)null : Math.Round(20 + (random.NextDouble() * 90), 2);
            var autopay = random.NextDouble() < 0.5;
            var score = -1 - (0.04 * tenure) + (plan == "basic" ? 0.8 : 0) + (0.015 * (charges ?? 60)) + (autopay ? 0 : 0.6);
            var churned = random.NextDouble() < 1 / (1 + Math.Exp(-score));
            csv.Append(CultureInfo.InvariantCulture, $"{tenure},{plan},{charges?.ToString(CultureInfo.InvariantCulture)},{(autopay ? "true" : "false")},{(churned ? "yes" : "no")}\n");
        }

        return csv.ToString();
    }

    /// <summary>A spec the managed SpecLoader accepts too, so both sides read the same file.</summary>
    public const string SpecJson = """
        {
          "columns": [
            { "name": "tenure", "type": "numeric", "required": true, "range": { "min": 0, "max": 100 } },
            { "name": "plan", "type": "categorical" },
            { "name": "charges", "type": "numeric" },
            { "name": "autopay", "type": "boolean" }
          ],
          "target": { "column": "churned", "positiveClass": "yes" },
          "split": { "test": 0.2, "validation": 0.2, "seed": 5, "stratified": true },
          "categories": { "topK": 3 },
          "xgboost": { "rounds": 60, "early_stopping_rounds": 10, "max_depth": 4, "eta": 0.3, "subsample": 1, "colsample_bytree": 1, "seed": 7, "nthread": 1 }
        }
        """;
}

/// <summary>predictions.json: the feature vectors train.py scored (null for missing) and its probabilities.</summary>
public sealed record PythonTrainingOutput(IReadOnlyList<string> FeatureNames, IReadOnlyList<PythonPrediction> Rows);

public sealed record PythonPrediction(IReadOnlyList<double?> Features, double Probability);
