using System.Diagnostics;
using System.Globalization;
using Mlops.Model;
using Mlops.Model.Cards;
using Mlops.Model.Features;
using Mlops.Model.Preprocessing;
using Mlops.Model.Training.Artifacts;
using Mlops.Model.Training.Packaging;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Integrations.Tests.Packaging;

/// <summary>
/// The package as a user meets it: pack a trained model the way the Pack task does, restore it into a
/// throwaway project from a folder feed, load it with PackagedModel.Load() and score a record.
/// </summary>
public sealed class PackageConsumerTests : IDisposable
{
    private static readonly PreprocessingModel Preprocessing = new(
        [new FeatureColumn("usage", FeatureKind.Numeric), new FeatureColumn("plan", FeatureKind.Categorical)],
        [new CategoryEncoding("plan", ["basic", "premium"])]);

    private readonly string _work = Directory.CreateTempSubdirectory("package-consumer-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void A_consumer_restores_the_package_and_scores_a_record_exactly_as_the_pipeline_does()
    {
        var model = Path.Combine(_work, "model");
        WriteTrainedModel(model);
        var staging = Path.Combine(_work, "staging");
        ModelPackageStager.Stage(model, staging, "1.0.0", new GateRecord("first_model", "enabled", []));
        var feed = Directory.CreateDirectory(Path.Combine(_work, "feed")).FullName;
        Run(RepositoryRoot, "dotnet", "pack", Path.Combine(RepositoryRoot, "model", "Model", "Model.csproj"), "-c", "Release",
            "-o", feed, "-p:PackageId=Tests.ConsumerModel", "-p:Version=1.0.0", $"-p:ModelArtifacts={staging}",
            $"-p:OutputPath={_work}/build/bin/", $"-p:IntermediateOutputPath={_work}/build/obj/");
        var consumer = WriteConsumer(feed);

        var printed = Run(consumer, "dotnet", "run", "--", "12.5", "premium");

        var expected = ScoringModel.LoadDirectory(model)
            .PredictProbability([FeatureValue.FromNumber(12.5), FeatureValue.FromCategory("premium")]);
        Assert.Equal(expected.ToString("R", CultureInfo.InvariantCulture), printed.Trim().Split('\n')[^1].Trim());
    }

    private static string RepositoryRoot => Mlops.Build.BuildPaths.FindFrom(AppContext.BaseDirectory).Root;

    private static void WriteTrainedModel(string folder)
    {
        var random = new Random(5);
        TrainingMatrix Matrix(int rows)
        {
            var features = new float[rows * Preprocessing.FeatureCount];
            var labels = new float[rows];
            for (var row = 0; row < rows; row++)
            {
                var usage = random.NextDouble() * 100;
                var plan = random.Next(3) switch { 0 => "basic", 1 => "premium", _ => "legacy" };
                Preprocessing.Transform([FeatureValue.FromNumber(usage), FeatureValue.FromCategory(plan)], features.AsSpan(row * Preprocessing.FeatureCount, Preprocessing.FeatureCount));
                labels[row] = random.NextDouble() < (usage < 30 ? 0.7 : 0.15) ? 1 : 0;
            }

            return new TrainingMatrix(features, rows, Preprocessing.FeatureCount, labels);
        }

        var booster = XGBoostTrainer.Train(Matrix(500), Matrix(200), new XGBoostParameters { Rounds = 20, NThread = 1 }).BoosterJson;
        ModelFolderWriter.Write(folder, booster, Preprocessing, new ModelCard
        {
            ModelId = "Tests.ConsumerModel",
            Version = "1.0.0",
            CreatedAt = DateTimeOffset.UnixEpoch,
            GitCommit = "0000000",
            Data = new DataSummary("sha256:test", 700, 500, 200, 0, 0.3),
            Threshold = new DecisionThreshold(0.5, "fixed"),
            Metrics = new Dictionary<string, MetricInterval>(),
            ConfusionMatrix = new ConfusionCounts(0, 0, 0, 0),
            Features = [],
            Checksums = new FileChecksums(string.Empty, string.Empty),
        });
    }

    private string WriteConsumer(string feed)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_work, "consumer")).FullName;
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <configuration>
              <packageSources><clear /><add key="models" value="{feed}" /></packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
              <ItemGroup><PackageReference Include="Tests.ConsumerModel" Version="1.0.0" /></ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            using System.Globalization;
            using Mlops.Model;
            using Mlops.Model.Features;
            var model = PackagedModel.Load();
            var probability = model.PredictProbability([FeatureValue.FromNumber(double.Parse(args[0], CultureInfo.InvariantCulture)), FeatureValue.FromCategory(args[1])]);
            Console.WriteLine(probability.ToString("R", CultureInfo.InvariantCulture));
            """);
        // Keep the throwaway project out of the repository's build settings (central versions, analyzers).
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        return folder;
    }

    private static string Run(string workingDirectory, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{output.Result}\n{errors}");
        return output.Result;
    }
}
