using System.Globalization;
using System.Text.Json.Nodes;
using Mlops.Build.Integrations.Databricks;
using Mlops.Model.Features;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Preprocessing;
using Mlops.Model.Profiles;
using Mlops.Model.Scoring;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Profiling;
using Mlops.Model.Training.Spec;

namespace Mlops.Integrations.Tests.Databricks;

/// <summary>The contract between the job's Python and the managed side: the same files, the same feature vectors.</summary>
public sealed class TrainingJobContractTests(PythonTrainingFixture training) : IClassFixture<PythonTrainingFixture>
{
    [PythonXGBoostFact]
    public void The_job_writes_exactly_the_files_remote_training_downloads()
    {
        _ = training.Output;

        var written = Directory.GetFiles(training.OutputFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(RemoteTraining.OutputFiles.Order(StringComparer.Ordinal), written);
    }

    /// <summary>The contract of the issue: the job's booster scores with the managed scorer to within 1e-6 of XGBoost's own predictions.</summary>
    [PythonXGBoostFact]
    public void The_jobs_booster_scores_with_the_managed_scorer_as_python_scores_it()
    {
        var ensemble = TreeEnsemble.Load(File.ReadAllText(Path.Combine(training.OutputFolder, "booster.json")));
        Assert.Equal(training.Output.FeatureNames.Count, ensemble.FeatureCount);

        foreach (var row in training.Output.Rows)
        {
            var features = row.Features.Select(v => v is { } number ? (float)number : float.NaN).ToArray();
            Assert.Equal(row.Probability, ensemble.PredictProbability(features), 1e-6);
        }
    }

    [PythonXGBoostFact]
    public void The_managed_preprocessing_reads_the_jobs_file_and_builds_the_vectors_python_scored()
    {
        var model = PreprocessingDocument.Read(File.ReadAllText(Path.Combine(training.OutputFolder, "preprocessing.json")), "preprocessing.json");
        var rows = ScoringRows(model);
        Assert.Equal(training.Output.FeatureNames, model.FeatureNames);
        Assert.Equal(rows.Count, training.Output.Rows.Count);

        var features = new float[model.FeatureCount];
        for (var i = 0; i < rows.Count; i++)
        {
            model.Transform(rows[i], features);
            var expected = training.Output.Rows[i].Features.Select(v => v is { } number ? (float)number : float.NaN);
            Assert.Equal(expected, features);
        }
    }

    [PythonXGBoostFact]
    public void The_jobs_profile_is_the_managed_profilers_profile_of_the_same_data()
    {
        _ = training.Output;
        var spec = SpecLoader.Parse(PythonTrainingFixture.SpecJson, "spec.json");
        var expected = DataProfiler.Profile(CsvTableLoader.Load(training.TrainingCsv, spec).Table, spec.Target.PositiveClass, new ProfileOptions { TopK = spec.CategoriesTopK });

        var actual = ArtifactJson.Read<DataProfile>(Path.Combine(training.OutputFolder, "profile.json"));

        Assert.Equal((expected.Rows, expected.Target), (actual.Rows, actual.Target));
        Assert.Equal(expected.Columns.Select(c => (c.Name, c.Kind, c.Count, c.Missing)), actual.Columns.Select(c => (c.Name, c.Kind, c.Count, c.Missing)));
        foreach (var (mine, theirs) in expected.Columns.Zip(actual.Columns))
        {
            ProfileAssert.SameSummary(mine.Summary, theirs.Summary);
            Assert.Equal(mine.Histogram?.Counts, theirs.Histogram?.Counts);
            ProfileAssert.Close(mine.Histogram?.Edges ?? [], theirs.Histogram?.Edges ?? []);
            Assert.Equal(mine.Frequencies?.Top, theirs.Frequencies?.Top);
            Assert.Equal((mine.Frequencies?.Distinct, mine.Frequencies?.Other), (theirs.Frequencies?.Distinct, theirs.Frequencies?.Other));
            Assert.Equal(mine.Frequencies?.Rare, theirs.Frequencies?.Rare);
            Assert.Equal(mine.Distribution?.Exact, theirs.Distribution?.Exact);
            Assert.Equal(mine.Distribution?.Weights ?? [], theirs.Distribution?.Weights ?? []);
            ProfileAssert.Close(mine.Distribution?.Values ?? [], theirs.Distribution?.Values ?? []);
        }
    }

    [Fact]
    public void The_job_definition_runs_the_repositorys_train_py_with_the_build_parameters()
    {
        var job = TrainingJob.LoadDefinition(RepositoryRoot.File("model", "databricks", "job.json"), "/Repos/acme/churn");

        Assert.DoesNotContain(TrainingJob.RepoPathPlaceholder, job.ToJsonString(), StringComparison.Ordinal);
        var parameterNames = job["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>());
        Assert.Superset(new HashSet<string> { "commit", "version", "output_path" }, parameterNames.ToHashSet());
        var task = job["tasks"]!.AsArray().Single()!["spark_python_task"]!;
        Assert.Equal("/Repos/acme/churn/model/databricks/train.py", task["python_file"]!.GetValue<string>());
        Assert.True(File.Exists(RepositoryRoot.File("model", "databricks", "train.py")));
        var arguments = task["parameters"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.Contains("{{job.parameters.output_path}}", arguments);
        Assert.Contains("/Workspace/Repos/acme/churn/model/spec.json", arguments);
    }

    private List<FeatureValue[]> ScoringRows(PreprocessingModel model)
    {
        var lines = File.ReadAllLines(training.ScoringCsv);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(line =>
        {
            var cells = line.Split(',');
            return model.Columns.Select(c => Value(c.Kind, cells[Array.IndexOf(header, c.Name)])).ToArray();
        })];
    }

    private static FeatureValue Value(FeatureKind kind, string cell) => cell.Length == 0
        ? FeatureValue.Missing
        : kind switch
        {
            FeatureKind.Numeric => FeatureValue.FromNumber(double.Parse(cell, CultureInfo.InvariantCulture)),
            FeatureKind.Boolean => FeatureValue.FromBoolean(bool.Parse(cell)),
            _ => FeatureValue.FromCategory(cell),
        };
}
