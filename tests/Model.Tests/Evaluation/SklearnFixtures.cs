using System.Text.Json;

namespace Mlops.Model.Tests.Evaluation;

/// <summary>
/// Reference metrics computed once by scikit-learn (Fixtures/make_fixtures.py) and committed as JSON.
/// The file is found by walking up from the test's base directory to the repository root (the folder holding Build.sln).
/// </summary>
internal static class SklearnFixtures
{
    private const string RelativePath = "tests/Model.Tests/Evaluation/Fixtures/sklearn_metrics.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<IReadOnlyDictionary<string, FixtureCase>> Cases = new(Load);

    public static IEnumerable<string> Names => Cases.Value.Keys;

    public static FixtureCase Get(string name) => Cases.Value[name];

    private static Dictionary<string, FixtureCase> Load()
    {
        var path = RepositoryFiles.PathOf(RelativePath);
        var document = JsonSerializer.Deserialize<FixtureDocument>(File.ReadAllText(path), JsonOptions)
            ?? throw new InvalidDataException($"{path} is empty.");
        return document.Cases.ToDictionary(fixture => fixture.Name);
    }

    private sealed record FixtureDocument(string Sklearn, IReadOnlyList<FixtureCase> Cases);
}

internal sealed record FixtureCase(
    string Name, double Threshold, int[] Labels, double[] Probabilities, IReadOnlyDictionary<string, double> Expected);
