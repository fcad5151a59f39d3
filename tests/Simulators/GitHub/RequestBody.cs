using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Mlops.Simulators.GitHub;

/// <summary>A request's JSON object body with the typed reads the endpoints need.</summary>
public sealed class RequestBody(JsonObject json)
{
    public static async Task<RequestBody?> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await JsonNode.ParseAsync(request.Body) is JsonObject json ? new RequestBody(json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public bool Has(string name) => json.ContainsKey(name);

    public string? Text(string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public bool Flag(string name) => json[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    public IReadOnlyList<string> Texts(string name) =>
        json[name] is JsonArray array ? array.Select(item => item?.GetValue<string>() ?? string.Empty).ToList() : [];
}
