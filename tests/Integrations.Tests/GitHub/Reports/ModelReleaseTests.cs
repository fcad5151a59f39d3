using Mlops.Build.Integrations.GitHub.Reports;
using Mlops.Model.Cards;
using Mlops.Model.Features;
using System.Text.Json;
using Mlops.Model;

namespace Mlops.Integrations.Tests.GitHub.Reports;

public sealed class ModelReleaseTests : IDisposable
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("release-artifacts-").FullName;

    private string CardFile => Path.Combine(_artifacts, "model", "model-card.json");

    private string Packages => Path.Combine(_artifacts, "packages");

    [Fact]
    public void Tags_the_version_and_carries_the_model_card_as_notes_and_this_versions_package()
    {
        WriteCard();
        Directory.CreateDirectory(Packages);
        File.WriteAllBytes(Path.Combine(Packages, "churn.1.2.0.nupkg"), [1]);
        File.WriteAllBytes(Path.Combine(Packages, "churn.1.1.0.nupkg"), [1]);

        var model = ModelRelease.FromArtifacts("1.2.0", CardFile, Packages);

        Assert.Equal(("v1.2.0", "churn 1.2.0", false), (model.Release.TagName, model.Release.Name, model.Release.Draft));
        Assert.StartsWith("# churn 1.2.0", model.Release.Body, StringComparison.Ordinal);
        Assert.Contains("| roc_auc | 0.8100 | [0.7800, 0.8400] |", model.Release.Body, StringComparison.Ordinal);
        Assert.Equal(["churn.1.2.0.nupkg"], model.Packages.Select(Path.GetFileName));
    }

    [Fact]
    public void Without_a_package_it_says_which_folder_was_empty()
    {
        WriteCard();

        var error = Assert.Throws<FileNotFoundException>(() => ModelRelease.FromArtifacts("1.2.0", CardFile, Packages));

        Assert.Contains($"No churn.1.2.0.nupkg in {Packages}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_model_card_it_says_where_it_looked()
    {
        var error = Assert.Throws<FileNotFoundException>(() => ModelRelease.FromArtifacts("1.2.0", CardFile, Packages));

        Assert.Contains($"No model card at {CardFile}", error.Message, StringComparison.Ordinal);
    }

    private void WriteCard()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(CardFile)!);
        File.WriteAllText(CardFile, JsonSerializer.Serialize(Card(), ModelJsonContext.Default.ModelCard));
    }

    public void Dispose() => Directory.Delete(_artifacts, recursive: true);

    private static ModelCard Card() => new()
    {
        ModelId = "churn",
        Version = "1.2.0",
        CreatedAt = new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero),
        GitCommit = "0123abc",
        Data = new DataSummary("sha256:feed", 1000, 600, 200, 200, 0.3),
        Threshold = new DecisionThreshold(0.5, "max_f1"),
        Metrics = new Dictionary<string, MetricInterval> { ["roc_auc"] = new(0.81, 0.78, 0.84) },
        ConfusionMatrix = new ConfusionCounts(40, 10, 130, 20),
        Features = [new FeatureSummary("tenure", FeatureKind.Numeric, 1.0)],
        Checksums = new FileChecksums("aa", "bb"),
    };
}
