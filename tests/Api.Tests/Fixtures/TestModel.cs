using System.Text;
using System.Text.Json;
using Mlops.Model;
using Mlops.Model.Cards;
using Mlops.Model.Features;
using Mlops.Model.Preprocessing;

namespace Mlops.Api.Tests.Fixtures;

/// <summary>
/// A small real model, trained once per test run and written as a model version folder (booster, preprocessing
/// and a card whose checksums match), which the API under test loads through Model:Path.
/// </summary>
public static class TestModel
{
    public const string Version = "1.4.2";

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
        System.IO.Directory.CreateDirectory(directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(directory, recursive: true);
        var booster = Encoding.UTF8.GetBytes(TestBooster.Train(Preprocessing));
        var preprocessing = Encoding.UTF8.GetBytes(PreprocessingDocument.From(Preprocessing).ToJson());
        var card = TestCard.Create(Version, new FileChecksums(Checksums.Sha256(booster), Checksums.Sha256(preprocessing)));
        File.WriteAllBytes(Path.Combine(directory, ModelFiles.Booster), booster);
        File.WriteAllBytes(Path.Combine(directory, ModelFiles.Preprocessing), preprocessing);
        File.WriteAllText(Path.Combine(directory, ModelFiles.Card), JsonSerializer.Serialize(card, ModelJsonContext.Default.ModelCard));
        return directory;
    }
}
