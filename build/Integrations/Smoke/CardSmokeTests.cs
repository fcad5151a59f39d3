using System.Text.Json.Nodes;
using Mlops.Model;
using Mlops.Model.Features;
using Mlops.Model.Profiles;

namespace Mlops.Build.Integrations.Smoke;

/// <summary>
/// The smoke tests every model gets without anyone writing them, taken from the model itself: its version, its input
/// columns (preprocessing.json) and the typical values of its training data (the card's reference profile). So a model
/// on a new data set deploys with tests that fit it.
/// </summary>
public static class CardSmokeTests
{
    public const string Origin = "derived from the model's card";

    private const double TimeoutSeconds = 10;

    public static SmokeTestSuite From(ScoringModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var typical = TypicalRecord(model);
        var version = JsonValue.Create(SmokeTestRunner.VersionPlaceholder);
        var tests = new List<SmokeTest>
        {
            Get("health reports the deployed version", "/health", new() { ["status"] = Is("healthy"), ["modelVersion"] = Is(SmokeTestRunner.VersionPlaceholder) }),
            Get("ready", "/ready", []),
            Get("the model card is served", "/model", new() { ["version"] = Is(SmokeTestRunner.VersionPlaceholder), ["modelId"] = Is(model.Card.ModelId) }),
            Post("a typical record is scored", "/predict", typical, 200, Scored(string.Empty)),
            Post("a batch of two records is scored in order", "/predict/batch", new JsonArray(typical.DeepClone(), typical.DeepClone()), 200,
                new Dictionary<string, FieldExpectation>(Scored("0.")) { ["1.modelVersion"] = new() { EqualsValue = version } }),
        };
        if (model.Columns.FirstOrDefault(column => column.Required) is { } required)
        {
            var incomplete = (JsonObject)typical.DeepClone();
            incomplete.Remove(required.Name);
            tests.Add(Post($"a record without the required '{required.Name}' is a 400 naming it", "/predict", incomplete, 400,
                new() { [$"errors.{required.Name}"] = new() { Exists = true } }));
        }

        return new SmokeTestSuite(tests);
    }

    /// <summary>Each column at its most common value in the training data: the median of a number, the most frequent category.</summary>
    public static JsonObject TypicalRecord(ScoringModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var record = new JsonObject();
        foreach (var column in model.Columns)
        {
            record[column.Name] = TypicalValue(column, model.Card.ReferenceProfile?.Find(column.Name), model);
        }

        return record;
    }

    private static JsonValue TypicalValue(FeatureColumn column, ColumnProfile? profile, ScoringModel model)
    {
        var frequent = profile?.Frequencies?.Top is { Count: > 0 } top ? top[0].Value : null;
        return column.Kind switch
        {
            FeatureKind.Numeric => JsonValue.Create(Math.Clamp(profile?.Summary?.Median ?? 0, column.Min ?? double.MinValue, column.Max ?? double.MaxValue)),
            FeatureKind.Boolean => JsonValue.Create(frequent == "true"),
            _ => JsonValue.Create(frequent ?? (column.AllowedValues is { Count: > 0 } allowed ? allowed[0] : FirstKnownCategory(model, column.Name))),
        };
    }

    private static string FirstKnownCategory(ScoringModel model, string column) =>
        model.Preprocessing.Encodings.FirstOrDefault(e => e.Column == column)?.Categories is { Count: > 0 } categories ? categories[0] : "unknown";

    private static Dictionary<string, FieldExpectation> Scored(string prefix) => new()
    {
        [$"{prefix}probability"] = new() { Min = 0, Max = 1 },
        [$"{prefix}label"] = new() { Type = "boolean" },
        [$"{prefix}modelVersion"] = Is(SmokeTestRunner.VersionPlaceholder),
    };

    private static FieldExpectation Is(string value) => new() { EqualsValue = JsonValue.Create(value) };

    private static SmokeTest Get(string name, string path, Dictionary<string, FieldExpectation> expect) =>
        new(name, "GET", path, null, 200, expect, TimeoutSeconds) { Origin = Origin };

    private static SmokeTest Post(string name, string path, JsonNode body, int status, Dictionary<string, FieldExpectation> expect) =>
        new(name, "POST", path, body, status, expect, TimeoutSeconds) { Origin = Origin };
}
