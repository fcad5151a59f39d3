using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Mlops.Simulators.GitHub;

namespace Mlops.Integrations.Tests.GitHub.Contracts;

/// <summary>Checks one request the client sent against GitHub's OpenAPI description: path and method, query, JSON body.</summary>
internal sealed class RequestContract(OpenApiDescription description)
{
    private readonly SchemaValidator _schemas = new(description);

    public IReadOnlyList<string> Check(RecordedRequest request)
    {
        var call = $"{request.Method} {request.Path}";
        if (description.Find(request.Method, request.Path) is not var (template, operation))
        {
            return [$"{call}: GitHub has no such operation"];
        }

        var where = $"{request.Method} {template}";
        return [.. CheckQuery(operation, request.Query, where), .. CheckBody(operation, request.Body, where)];
    }

    private IEnumerable<string> CheckQuery(JsonElement operation, string query, string where)
    {
        var declared = Parameters(operation).Where(parameter => parameter.GetProperty("in").GetString() == "query")
            .ToDictionary(parameter => parameter.GetProperty("name").GetString()!, parameter => parameter.GetProperty("schema"));
        foreach (var (name, values) in QueryHelpers.ParseQuery(query))
        {
            if (!declared.TryGetValue(name, out var schema))
            {
                yield return $"{where}: query parameter '{name}' is not in GitHub's description";
                continue;
            }

            foreach (var problem in _schemas.Validate(schema, AsJson(schema, values.ToString()), $"{where} ?{name}"))
            {
                yield return problem;
            }
        }
    }

    private IEnumerable<string> CheckBody(JsonElement operation, string body, string where)
    {
        var hasSchema = operation.TryGetProperty("requestBody", out var requestBody);
        if (string.IsNullOrEmpty(body))
        {
            return hasSchema && IsRequired(description.Resolve(requestBody)) ? [$"{where}: the body GitHub requires is missing"] : [];
        }

        if (!hasSchema)
        {
            return [$"{where}: GitHub takes no body here"];
        }

        var schema = description.Resolve(requestBody).GetProperty("content").GetProperty("application/json").GetProperty("schema");
        using var json = JsonDocument.Parse(body);
        return _schemas.Validate(schema, json.RootElement, $"{where} body");
    }

    private IEnumerable<JsonElement> Parameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray().Select(description.Resolve) : [];

    // Query values are text; an integer parameter is checked as the number it stands for.
    private JsonElement AsJson(JsonElement schema, string value)
    {
        var isInteger = description.Resolve(schema).TryGetProperty("type", out var type) && type.GetString() == "integer";
        var json = isInteger && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? value : JsonSerializer.Serialize(value);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    private static bool IsRequired(JsonElement requestBody) =>
        requestBody.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.True;
}
