using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Mlops.Model.Training.Spec;

/// <summary>
/// model/spec.schema.json (embedded in this assembly from that very file), evaluated with JsonSchema.Net. The loader's
/// own reader runs first, so its messages name what was expected; the schema then refuses whatever the reader let
/// through (patterns, lengths, the gates' and monitoring's shapes), naming the JSON path and the schema's message.
/// </summary>
internal static class SpecSchema
{
    private const string ResourceName = "Mlops.Model.Training.spec.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static void Check(JsonElement root, string source)
    {
        using var withoutNulls = JsonDocument.Parse(WithoutNullProperties(JsonNode.Parse(root.GetRawText())!).ToJsonString());
        var results = Schema.Value.Evaluate(withoutNulls.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return;
        }

        var failure = (results.Details ?? []).FirstOrDefault(detail => detail.Errors is { Count: > 0 }) ?? results;
        var problem = failure.Errors is { Count: > 0 } errors
            ? string.Join("; ", errors.Select(error => $"{error.Value} ({error.Key})"))
            : "does not match model/spec.schema.json";
        throw new SpecException(source, JsonPathOf(failure.InstanceLocation.ToString()), $"{problem}, by model/spec.schema.json");
    }

    // The reader takes a key set to null as absent (its default); the schema is shown the spec the same way.
    private static JsonNode WithoutNullProperties(JsonNode node)
    {
        if (node is JsonObject properties)
        {
            foreach (var (name, value) in properties.ToList())
            {
                if (value is null)
                {
                    properties.Remove(name);
                }
                else
                {
                    WithoutNullProperties(value);
                }
            }
        }
        else if (node is JsonArray items)
        {
            foreach (var item in items.OfType<JsonNode>())
            {
                WithoutNullProperties(item);
            }
        }

        return node;
    }

    /// <summary>A JSON pointer (/columns/2/type) as the loader's JSON path ($.columns[2].type).</summary>
    internal static string JsonPathOf(string pointer) =>
        "$" + string.Concat(pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
            .Select(segment => segment.All(char.IsAsciiDigit) ? $"[{segment}]" : $".{segment}"));

    private static JsonSchema Load()
    {
        using var stream = typeof(SpecSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in {typeof(SpecSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    }
}
