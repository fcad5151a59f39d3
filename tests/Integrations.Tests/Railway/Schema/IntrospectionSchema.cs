using System.Text.Json;

namespace Mlops.Integrations.Tests.Railway.Schema;

/// <summary>
/// A GraphQL schema read from an introspection result. Types are written as SDL text ("String!", "[DeploymentStatus!]")
/// so comparing a variable's declared type with an argument's type is a string comparison.
/// </summary>
internal sealed class IntrospectionSchema
{
    private readonly Dictionary<string, JsonElement> _types;

    private IntrospectionSchema(JsonElement schema)
    {
        _types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        QueryType = schema.GetProperty("queryType").GetProperty("name").GetString()!;
        MutationType = schema.GetProperty("mutationType").GetProperty("name").GetString()!;
    }

    public string QueryType { get; }

    public string MutationType { get; }

    public static IntrospectionSchema Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var schema = root.TryGetProperty("data", out var data) ? data.GetProperty("__schema") : root.GetProperty("__schema");
        return new IntrospectionSchema(schema.Clone());
    }

    public bool HasType(string name) => _types.ContainsKey(name);

    public string Kind(string typeName) => _types[typeName].GetProperty("kind").GetString()!;

    /// <summary>The field's type and its arguments (name → type), or null when the type has no such field.</summary>
    public (string Type, IReadOnlyDictionary<string, string> Arguments)? Field(string typeName, string fieldName)
    {
        if (!_types.TryGetValue(typeName, out var type) || type.GetProperty("fields").ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var field = type.GetProperty("fields").EnumerateArray().FirstOrDefault(f => f.GetProperty("name").GetString() == fieldName);
        return field.ValueKind == JsonValueKind.Undefined ? null : (TypeText(field.GetProperty("type")), Members(field, "args"));
    }

    /// <summary>An input object's fields, name → type.</summary>
    public IReadOnlyDictionary<string, string> InputFields(string typeName) => Members(_types[typeName], "inputFields");

    public IReadOnlySet<string> EnumValues(string typeName) =>
        _types[typeName].GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()!).ToHashSet();

    /// <summary>"[DeploymentStatus!]!" → "DeploymentStatus".</summary>
    public static string NamedType(string typeText) => typeText.Trim('[', ']', '!');

    private static Dictionary<string, string> Members(JsonElement owner, string property) =>
        owner.GetProperty(property).EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => TypeText(m.GetProperty("type")));

    private static string TypeText(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => TypeText(type.GetProperty("ofType")) + "!",
        "LIST" => $"[{TypeText(type.GetProperty("ofType"))}]",
        _ => type.GetProperty("name").GetString()!,
    };
}
