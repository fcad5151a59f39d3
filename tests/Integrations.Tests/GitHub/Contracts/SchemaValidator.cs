using System.Text.Json;

namespace Mlops.Integrations.Tests.GitHub.Contracts;

/// <summary>
/// The subset of OpenAPI 3.0 schema rules the client's requests touch: $ref, type, nullable, enum, required,
/// declared properties only (an unknown property is an error), items, oneOf/anyOf/allOf.
/// </summary>
internal sealed class SchemaValidator(OpenApiDescription description)
{
    public IReadOnlyList<string> Validate(JsonElement schema, JsonElement value, string where)
    {
        var problems = new List<string>();
        Check(schema, value, where, problems);
        return problems;
    }

    private void Check(JsonElement schema, JsonElement value, string where, List<string> problems)
    {
        schema = description.Resolve(schema);
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!IsTrue(schema, "nullable"))
            {
                problems.Add($"{where}: null is not allowed");
            }

            return;
        }

        if (Alternatives(schema) is { } alternatives)
        {
            if (!alternatives.Any(alternative => Validate(alternative, value, where).Count == 0))
            {
                problems.Add($"{where}: {value.GetRawText()} matches none of the allowed shapes");
            }

            return;
        }

        foreach (var part in Items(schema, "allOf"))
        {
            Check(part, value, where, problems);
        }

        CheckType(schema, value, where, problems);
        CheckEnum(schema, value, where, problems);
        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(schema, value, where, problems);
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{where}[{index++}]", problems);
            }
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string where, List<string> problems)
    {
        var declared = schema.TryGetProperty("properties", out var properties) ? properties : default;
        foreach (var required in Items(schema, "required").Select(name => name.GetString()!))
        {
            if (!value.TryGetProperty(required, out _))
            {
                problems.Add($"{where}: required property '{required}' is missing");
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            if (declared.ValueKind == JsonValueKind.Object && declared.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, $"{where}.{property.Name}", problems);
            }
            else if (!schema.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind == JsonValueKind.False)
            {
                problems.Add($"{where}: property '{property.Name}' is not in GitHub's schema");
            }
        }
    }

    private static void CheckType(JsonElement schema, JsonElement value, string where, List<string> problems)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return;
        }

        var ok = type.GetString() switch
        {
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "array" => value.ValueKind == JsonValueKind.Array,
            "object" => value.ValueKind == JsonValueKind.Object,
            _ => true,
        };
        if (!ok)
        {
            problems.Add($"{where}: {value.GetRawText()} is not of type {type.GetString()}");
        }
    }

    private static void CheckEnum(JsonElement schema, JsonElement value, string where, List<string> problems)
    {
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(option => option.GetRawText() == value.GetRawText()))
        {
            problems.Add($"{where}: {value.GetRawText()} is not one of {allowed.GetRawText()}");
        }
    }

    private static List<JsonElement>? Alternatives(JsonElement schema)
    {
        var options = Items(schema, "oneOf").Concat(Items(schema, "anyOf")).ToList();
        return options.Count > 0 ? options : null;
    }

    private static List<JsonElement> Items(JsonElement schema, string name) =>
        schema.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    private static bool IsTrue(JsonElement schema, string name) =>
        schema.TryGetProperty(name, out var flag) && flag.ValueKind == JsonValueKind.True;
}
