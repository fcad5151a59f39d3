using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Mlops.Build.Integrations.Smoke;

/// <summary>api/smoke-tests.json: named requests with the answer each must give.</summary>
public sealed record SmokeTestSuite(IReadOnlyList<SmokeTest> Tests)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = true };

    public static SmokeTestSuite Load(string path)
    {
        try
        {
            var suite = JsonSerializer.Deserialize<SmokeTestSuite>(File.ReadAllText(path), Options);
            if (suite?.Tests is not { Count: > 0 })
            {
                throw new InvalidDataException($"{path} lists no tests.");
            }

            foreach (var test in suite.Tests)
            {
                test.Validate(path);
            }

            return suite;
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} is not a valid smoke-test suite: {exception.Message}", exception);
        }
    }
}

/// <summary>One request and its expected answer: the status, and per field (dot path) what the value must be.</summary>
public sealed record SmokeTest(
    string Name,
    string Method,
    string Path,
    JsonNode? Body,
    int ExpectStatus,
    IReadOnlyDictionary<string, FieldExpectation>? Expect,
    double TimeoutSeconds = 10)
{
    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    internal void Validate(string file)
    {
        if (string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Path) || string.IsNullOrWhiteSpace(Method))
        {
            throw new InvalidDataException($"{file}: every test needs a name, a method and a path.");
        }

        if (!Path.StartsWith('/'))
        {
            throw new InvalidDataException($"{file}: test '{Name}' has the path '{Path}', which must start with '/'.");
        }
    }
}

/// <summary>What one field must be: equal to a value, within a range, of a JSON type, or merely present.</summary>
public sealed record FieldExpectation
{
    // "equals" is the key in the file; a property named Equals would hide object.Equals.
    [JsonPropertyName("equals")]
    public JsonNode? EqualsValue { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public string? Type { get; init; }

    public bool? Exists { get; init; }
}
