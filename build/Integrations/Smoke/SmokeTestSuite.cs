using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Mlops.Build.Integrations.Smoke;

/// <summary>
/// Named requests with the answer each must give: the tests derived from the model's card, and the QC tests of
/// api/smoke-tests.json, which name the model they are written for (<see cref="ModelId"/>).
/// </summary>
public sealed record SmokeTestSuite(IReadOnlyList<SmokeTest> Tests)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = true };

    /// <summary>The model the file's tests were written for; null applies them to every model.</summary>
    public string? ModelId { get; init; }

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

            return suite with { Tests = [.. suite.Tests.Select(test => test with { Origin = path })] };
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} is not a valid smoke-test suite: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// The derived tests, then the file's QC tests when the file is written for <paramref name="modelId"/> (a file
    /// for another model, e.g. the churn example on a new data set, is left out with a line saying so).
    /// </summary>
    public static SmokeTestSuite For(string modelId, SmokeTestSuite derived, string qcFile, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(derived);
        ArgumentNullException.ThrowIfNull(log);
        if (!File.Exists(qcFile))
        {
            log($"No {qcFile}: only the {derived.Tests.Count} tests derived from the model's card run.");
            return derived;
        }

        var qc = Load(qcFile);
        if (qc.ModelId is { } written && written != modelId)
        {
            log($"{qcFile} is written for {written}, not {modelId}: only the {derived.Tests.Count} tests derived from the model's card run. Set its modelId and tests to add QC tests for {modelId}.");
            return derived;
        }

        return new SmokeTestSuite([.. derived.Tests, .. qc.Tests]);
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

    /// <summary>Where the test comes from (the file to edit, or the model's card), named when it fails.</summary>
    [JsonIgnore]
    public string? Origin { get; init; }

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
