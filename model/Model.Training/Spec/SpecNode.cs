using System.Globalization;
using System.Text.Json;

namespace Mlops.Model.Training.Spec;

/// <summary>
/// One JSON object of the spec, read key by key. It remembers the keys it was asked for so that
/// <see cref="RejectUnknownKeys"/> can name a misspelt key instead of silently ignoring it.
/// </summary>
internal sealed class SpecNode
{
    private readonly JsonElement element;
    private readonly string source;
    private readonly HashSet<string> readKeys = new(StringComparer.Ordinal);

    public SpecNode(JsonElement element, string source, string path)
    {
        this.source = source;
        Path = path;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, $"expected an object but found {Describe(element)}");
        }

        this.element = element;
    }

    public string Path { get; }

    public SpecException Error(string path, string problem) => new(source, path, problem);

    /// <summary>Keys that other steps own (gates, monitoring) or that editors use ($schema) are accepted without reading.</summary>
    public void Accept(params string[] names) => readKeys.UnionWith(names);

    public JsonElement? Raw(string name) => Find(name, out var value) ? value.Clone() : null;

    public string? String(string name)
    {
        if (!Find(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw Error(Child(name), $"expected a string but found {Describe(value)}");
    }

    public string RequiredString(string name) =>
        String(name) ?? throw Error(Child(name), "is required (a string) but missing");

    public double? Number(string name)
    {
        if (!Find(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : throw Error(Child(name), $"expected a number but found {Describe(value)}");
    }

    public int? Integer(string name)
    {
        if (!Find(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw Error(Child(name), $"expected an integer but found {Describe(value)}");
    }

    public bool? Boolean(string name)
    {
        if (!Find(name, out var value))
        {
            return null;
        }

        return value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw Error(Child(name), $"expected true or false but found {Describe(value)}");
    }

    public TEnum? Choice<TEnum>(string name, IReadOnlyDictionary<string, TEnum> choices)
        where TEnum : struct
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        return choices.TryGetValue(text, out var choice)
            ? choice
            : throw Error(Child(name), $"expected one of {string.Join(", ", choices.Keys.Select(k => $"\"{k}\""))} but found \"{text}\"");
    }

    public SpecNode? Object(string name) =>
        Find(name, out var value) ? new SpecNode(value, source, Child(name)) : null;

    public SpecNode RequiredObject(string name) =>
        Object(name) ?? throw Error(Child(name), "is required (an object) but missing");

    /// <summary>The items of an array, each with its own path (<c>$.columns[3]</c>).</summary>
    public IReadOnlyList<(JsonElement Item, string Path)> Array(string name)
    {
        if (!Find(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error(Child(name), $"expected an array but found {Describe(value)}");
        }

        return value.EnumerateArray()
            .Select((item, index) => (item, $"{Child(name)}[{index.ToString(CultureInfo.InvariantCulture)}]"))
            .ToList();
    }

    public SpecNode Node(JsonElement item, string path) => new(item, source, path);

    public void RejectUnknownKeys()
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!readKeys.Contains(property.Name))
            {
                var known = string.Join(", ", readKeys.Where(k => !k.StartsWith('$')).Order(StringComparer.Ordinal));
                throw Error(Child(property.Name), $"unknown key \"{property.Name}\" (expected one of: {known})");
            }
        }
    }

    public string Child(string name) => $"{Path}.{name}";

    private bool Find(string name, out JsonElement value)
    {
        readKeys.Add(name);
        return element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
