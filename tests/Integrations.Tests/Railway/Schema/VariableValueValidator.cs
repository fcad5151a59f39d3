using System.Text.Json;

namespace Mlops.Integrations.Tests.Railway.Schema;

/// <summary>Checks the variable values a client sent against their declared types: input object fields, enums, nulls, scalars.</summary>
internal sealed class VariableValueValidator(IntrospectionSchema schema)
{
    public void Check(IReadOnlyDictionary<string, string> declared, string variablesJson, List<string> errors)
    {
        using var document = JsonDocument.Parse(variablesJson);
        var values = document.RootElement;
        foreach (var (name, type) in declared)
        {
            var value = values.TryGetProperty(name, out var v) ? v : default;
            CheckValue(value, type, $"${name}", errors);
        }

        errors.AddRange(values.EnumerateObject()
            .Where(p => !declared.ContainsKey(p.Name))
            .Select(p => $"variable '{p.Name}' is sent but not declared."));
    }

    private void CheckValue(JsonElement value, string type, string path, List<string> errors)
    {
        var absent = value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;
        if (type.EndsWith('!'))
        {
            if (absent)
            {
                errors.Add($"{path} is required ({type}) but has no value.");
                return;
            }

            type = type[..^1];
        }

        if (absent)
        {
            return;
        }

        if (type.StartsWith('['))
        {
            // A single value where a list is expected is coerced to a one-item list.
            var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
            for (var i = 0; i < items.Count; i++)
            {
                CheckValue(items[i], type[1..^1], $"{path}[{i}]", errors);
            }

            return;
        }

        CheckNamed(value, type, path, errors);
    }

    private void CheckNamed(JsonElement value, string type, string path, List<string> errors)
    {
        switch (schema.Kind(type))
        {
            case "ENUM" when value.ValueKind != JsonValueKind.String || !schema.EnumValues(type).Contains(value.GetString()!):
                errors.Add($"{path}: {value.GetRawText()} is not a {type} value.");
                break;
            case "INPUT_OBJECT":
                CheckInputObject(value, type, path, errors);
                break;
            case "SCALAR" when !FitsScalar(value, type):
                errors.Add($"{path}: {value.GetRawText()} is not a {type}.");
                break;
        }
    }

    private void CheckInputObject(JsonElement value, string type, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: {type} must be an object.");
            return;
        }

        var fields = schema.InputFields(type);
        foreach (var property in value.EnumerateObject().Where(p => !fields.ContainsKey(p.Name)))
        {
            errors.Add($"{path}.{property.Name}: {type} has no such field.");
        }

        foreach (var (name, fieldType) in fields)
        {
            CheckValue(value.TryGetProperty(name, out var field) ? field : default, fieldType, $"{path}.{name}", errors);
        }
    }

    // Custom scalars (DateTime, JSON, …) accept any JSON; the built-in ones have fixed shapes.
    private static bool FitsScalar(JsonElement value, string type) => type switch
    {
        "String" => value.ValueKind == JsonValueKind.String,
        "ID" => value.ValueKind is JsonValueKind.String or JsonValueKind.Number,
        "Int" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
        "Float" => value.ValueKind == JsonValueKind.Number,
        "Boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        _ => true,
    };
}
