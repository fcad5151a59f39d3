using System.Text.Json;
using Mlops.Model;
using Mlops.Model.Cards;
using Mlops.Model.Features;
using Mlops.Model.Preprocessing;
using Mlops.Model.Training.Artifacts;
using Mlops.Model.Training.Profiling;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Api.Tests.Fixtures;

/// <summary>
/// A small real model, trained once per test run with the native XGBoost trainer and written as a model
/// version folder (booster, preprocessing, and a card whose checksums match), which the API loads through Model:Path.
/// </summary>
public static class TestModel
{
    public const string Version = "1.4.2";

    private const int Rows = 600;
    private const int TrainRows = 480;

    private static readonly Lazy<string> LazyDirectory = new(Create);

    public static PreprocessingModel Preprocessing { get; } = new(
        [
            new FeatureColumn("tenure_months", FeatureKind.Numeric, Required: true, Min: 0, Max: 120),
            new FeatureColumn("monthly_charges", FeatureKind.Numeric, Min: 0, Max: 1000),
            new FeatureColumn("plan", FeatureKind.Categorical),
            new FeatureColumn("contract", FeatureKind.Categorical, AllowedValues: ["monthly", "yearly", "two-year"]),
            new FeatureColumn("autopay", FeatureKind.Boolean),
        ],
        [
            new CategoryEncoding("plan", ["basic", "standard", "premium"]),
            new CategoryEncoding("contract", ["monthly", "yearly", "two-year"]),
        ]);

    /// <summary>The folder holding the model's files; the same for every test in the run.</summary>
    public static string Directory => LazyDirectory.Value;

    /// <summary>The card as written to the folder.</summary>
    public static ModelCard Card => JsonSerializer.Deserialize(
        File.ReadAllText(Path.Combine(Directory, ModelFiles.Card)), ModelJsonContext.Default.ModelCard)!;

    /// <summary>The runtime loaded straight from the folder: what the API's answers must agree with.</summary>
    public static ScoringModel Runtime => ScoringModel.LoadDirectory(Directory);

    /// <summary>A copy of the model folder that a test may damage.</summary>
    public static string CopyTo(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        foreach (var name in ModelFiles.All)
        {
            File.Copy(Path.Combine(Directory, name), Path.Combine(directory, name), overwrite: true);
        }

        return directory;
    }

    private static string Create()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"mlops-api-tests-{Guid.NewGuid():N}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(directory, recursive: true);
        var data = TestData.Generate(Rows);
        var training = XGBoostTrainer.Train(Matrix(data, 0, TrainRows), Matrix(data, TrainRows, Rows), new XGBoostParameters
        {
            Rounds = 40, EarlyStoppingRounds = 5, MaxDepth = 3, Eta = 0.3, Subsample = 1, ColsampleBytree = 1, NThread = 1,
        });
        var profile = DataProfiler.Profile(data.ToTable(Preprocessing.Columns), "yes", new ProfileOptions { Bins = 8 });
        var card = TestCard.Create(Version, ColumnImportance(training.FeatureGain), profile);
        ModelFolderWriter.Write(directory, training.BoosterJson, Preprocessing, card);
        return directory;
    }

    private static TrainingMatrix Matrix(TestData data, int from, int to)
    {
        var width = Preprocessing.FeatureCount;
        var features = new float[(to - from) * width];
        for (var row = from; row < to; row++)
        {
            Preprocessing.Transform(data.Records[row], features.AsSpan((row - from) * width, width));
        }

        return new TrainingMatrix(features, to - from, width, [.. data.Labels[from..to].Select(label => (float)label)]);
    }

    // The card shows importance per raw column: the gains of a column's one-hot slots summed.
    private static IReadOnlyList<FeatureSummary> ColumnImportance(IReadOnlyList<double> gain) =>
    [
        .. Preprocessing.Columns.Select((column, i) =>
        {
            var end = i + 1 < Preprocessing.Columns.Count ? Preprocessing.OffsetOf(i + 1) : Preprocessing.FeatureCount;
            return new FeatureSummary(column.Name, column.Kind, gain.Skip(Preprocessing.OffsetOf(i)).Take(end - Preprocessing.OffsetOf(i)).Sum());
        }),
    ];
}
