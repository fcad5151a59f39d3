using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mlops.Build.Integrations.Smoke;

/// <summary>Runs a smoke-test suite against a running API and judges every answer.</summary>
public sealed class SmokeTestRunner(HttpClient http)
{
    public const string VersionPlaceholder = "${version}";

    public async Task<IReadOnlyList<SmokeTestResult>> RunAsync(
        SmokeTestSuite suite, Uri baseAddress, string expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var results = new List<SmokeTestResult>();
        foreach (var test in suite.Tests)
        {
            results.Add(await RunOneAsync(test, baseAddress, expectedVersion, cancellationToken));
        }

        return results;
    }

    private async Task<SmokeTestResult> RunOneAsync(SmokeTest test, Uri baseAddress, string version, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(test.Method), new Uri(baseAddress, test.Path));
        var body = test.Body?.ToJsonString();
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(test.Timeout);
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var answer = await response.Content.ReadAsStringAsync(timeout.Token);
            var problems = SmokeExpectations.Check(test, (int)response.StatusCode, answer, version);
            return new SmokeTestResult(test, (int)response.StatusCode, clock.Elapsed, problems, body, answer);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var reason = exception is OperationCanceledException
                ? $"no answer within {test.TimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s"
                : exception.Message;
            return new SmokeTestResult(test, null, clock.Elapsed, [reason], body, null);
        }
    }
}

/// <summary>One test's outcome, with the request and the answer kept for the failure message.</summary>
public sealed record SmokeTestResult(
    SmokeTest Test, int? Status, TimeSpan Elapsed, IReadOnlyList<string> Problems, string? RequestBody, string? Answer)
{
    public bool Passed => Problems.Count == 0;

    public string Describe() =>
        $"'{Test.Name}'{(Test.Origin is null ? string.Empty : $" ({Test.Origin})")}: {Test.Method} {Test.Path}{(RequestBody is null ? string.Empty : $" {RequestBody}")} -> " +
        $"{Status?.ToString(CultureInfo.InvariantCulture) ?? "no answer"} {Answer}{Environment.NewLine}  " +
        string.Join($"{Environment.NewLine}  ", Problems);
}

/// <summary>Judges an answer against a test's expectations.</summary>
public static class SmokeExpectations
{
    private const string VersionPlaceholderJson = "\"" + SmokeTestRunner.VersionPlaceholder + "\"";

    public static IReadOnlyList<string> Check(SmokeTest test, int status, string answer, string version)
    {
        ArgumentNullException.ThrowIfNull(test);
        var problems = new List<string>();
        if (status != test.ExpectStatus)
        {
            problems.Add($"status {status}, expected {test.ExpectStatus}");
        }

        if (test.Expect is not { Count: > 0 })
        {
            return problems;
        }

        JsonNode? document;
        try
        {
            document = JsonNode.Parse(answer);
        }
        catch (JsonException)
        {
            problems.Add("the answer is not JSON");
            return problems;
        }

        foreach (var (path, expectation) in test.Expect)
        {
            var problem = CheckField(Find(document, path), path, expectation, version);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    private static string? CheckField(JsonNode? value, string path, FieldExpectation expectation, string version)
    {
        if (value is null)
        {
            return expectation.Exists == false ? null : $"'{path}' is missing";
        }

        if (expectation.EqualsValue is { } expected && !SameValue(value, expected, version))
        {
            return $"'{path}' is {value.ToJsonString()}, expected {expected.ToJsonString().Replace(VersionPlaceholderJson, $"\"{version}\"", StringComparison.Ordinal)}";
        }

        if (expectation.Type is { } type && !string.Equals(KindOf(value), type, StringComparison.OrdinalIgnoreCase))
        {
            return $"'{path}' is a {KindOf(value)}, expected a {type}";
        }

        if (expectation.Min is not null || expectation.Max is not null)
        {
            if (value.GetValueKind() != JsonValueKind.Number)
            {
                return $"'{path}' is {value.ToJsonString()}, expected a number";
            }

            var number = value.GetValue<double>();
            if (number < expectation.Min || number > expectation.Max)
            {
                return $"'{path}' is {number.ToString(CultureInfo.InvariantCulture)}, outside [{expectation.Min}, {expectation.Max}]";
            }
        }

        return null;
    }

    private static bool SameValue(JsonNode actual, JsonNode expected, string version)
    {
        var expectedText = expected.ToJsonString().Replace(VersionPlaceholderJson, JsonValue.Create(version).ToJsonString(), StringComparison.Ordinal);
        return JsonNode.DeepEquals(actual, JsonNode.Parse(expectedText));
    }

    private static string KindOf(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Number => "number",
        JsonValueKind.String => "string",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        _ => "null",
    };

    private static JsonNode? Find(JsonNode? node, string path)
    {
        foreach (var part in path.Split('.'))
        {
            node = node switch
            {
                JsonObject obj when obj.TryGetPropertyValue(part, out var child) => child,
                JsonArray array when int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }
}
