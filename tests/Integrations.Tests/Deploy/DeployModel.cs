using System.Text;
using Mlops.Build.Integrations.Deploy;
using Mlops.Model;
using Mlops.Model.Cards;
using Mlops.Model.Features;
using Mlops.Model.Preprocessing;
using Mlops.Model.Profiles;
using Mlops.Model.Training.Artifacts;
using Mlops.Model.Training.XGBoost;
using NuGet.Packaging;
using NuGet.Versioning;

namespace Mlops.Integrations.Tests.Deploy;

/// <summary>
/// A small real model (libxgboost on a seeded toy problem) written as a model folder and packed the way Pack packs it:
/// the three model files under model/ in a NuGet package, pushed to a folder feed.
/// </summary>
internal static class DeployModel
{
    public const string PackageId = "Tests.DeployModel";

    private static readonly PreprocessingModel Preprocessing = new(
        [
            new FeatureColumn("usage", FeatureKind.Numeric, Required: true, Min: 0, Max: 100),
            new FeatureColumn("plan", FeatureKind.Categorical),
            new FeatureColumn("autopay", FeatureKind.Boolean),
        ],
        [new CategoryEncoding("plan", ["basic", "premium"])]);

    public static void WriteFolder(string folder, string version)
    {
        var random = new Random(7);
        var (train, validation) = (Matrix(random, 400), Matrix(random, 100));
        var result = XGBoostTrainer.Train(train, validation, new XGBoostParameters { Rounds = 20, MaxDepth = 3, NThread = 1 });
        ModelFolderWriter.Write(folder, result.BoosterJson, Preprocessing, Card(version));
    }

    /// <summary>Packs the model folder's files under model/ and saves the package into the folder feed.</summary>
    public static void PublishTo(string feedFolder, string modelFolder, string version)
    {
        var builder = new PackageBuilder { Id = PackageId, Version = NuGetVersion.Parse(version), Description = "A model package for deploy tests." };
        builder.Authors.Add("tests");
        foreach (var name in ModelFiles.All)
        {
            builder.Files.Add(new PhysicalPackageFile { SourcePath = Path.Combine(modelFolder, name), TargetPath = $"{ReleasedModel.PackageFolder}/{name}" });
        }

        builder.Files.Add(new PhysicalPackageFile(new MemoryStream(Encoding.UTF8.GetBytes("# Tests.DeployModel"))) { TargetPath = "README.md" });
        Directory.CreateDirectory(feedFolder);
        using var file = File.Create(Path.Combine(feedFolder, $"{PackageId}.{version}.nupkg".ToLowerInvariant()));
        builder.Save(file);
    }

    private static TrainingMatrix Matrix(Random random, int rows)
    {
        var features = new float[rows * Preprocessing.FeatureCount];
        var labels = new float[rows];
        string[] plans = ["basic", "premium"];
        for (var row = 0; row < rows; row++)
        {
            var usage = random.NextDouble() * 100;
            var plan = plans[random.Next(plans.Length)];
            var autopay = random.Next(2) == 1;
            FeatureValue[] record = [FeatureValue.FromNumber(usage), FeatureValue.FromCategory(plan), FeatureValue.FromBoolean(autopay)];
            Preprocessing.Transform(record, features.AsSpan(row * Preprocessing.FeatureCount, Preprocessing.FeatureCount));
            labels[row] = random.NextDouble() < (usage < 30 ? 0.7 : 0.15) ? 1 : 0;
        }

        return new TrainingMatrix(features, rows, Preprocessing.FeatureCount, labels);
    }

    private static ModelCard Card(string version) => new()
    {
        ModelId = PackageId,
        Version = version,
        CreatedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
        GitCommit = "0000000",
        Data = new DataSummary("sha256:test", 500, 400, 100, 0, 0.3),
        Threshold = new DecisionThreshold(0.5, "fixed"),
        Metrics = new Dictionary<string, MetricInterval> { ["roc_auc"] = new(0.8, 0.75, 0.85) },
        ConfusionMatrix = new ConfusionCounts(1, 2, 3, 4),
        Features = [.. Preprocessing.Columns.Select(c => new FeatureSummary(c.Name, c.Kind, 1))],
        Checksums = new FileChecksums(string.Empty, string.Empty),
        ReferenceProfile = Profile,
    };

    /// <summary>The training data's typical values as the card records them: what the derived smoke tests send.</summary>
    public static readonly DataProfile Profile = new()
    {
        Source = "toy",
        Rows = 500,
        Columns =
        [
            new ColumnProfile
            {
                Name = "usage", Kind = FeatureKind.Numeric, Count = 500, Missing = 0,
                Summary = new NumericSummary(45, 28, 0, 100, TypicalUsage, new Dictionary<string, double>()),
            },
            new ColumnProfile { Name = "plan", Kind = FeatureKind.Categorical, Count = 500, Missing = 0, Frequencies = new CategoryFrequencies(2, [new("premium", 300), new("basic", 200)], 0) },
            new ColumnProfile { Name = "autopay", Kind = FeatureKind.Boolean, Count = 500, Missing = 0, Frequencies = new CategoryFrequencies(2, [new("true", 260), new("false", 240)], 0) },
        ],
    };

    public const double TypicalUsage = 42;
}
