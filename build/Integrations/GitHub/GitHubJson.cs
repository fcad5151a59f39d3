using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mlops.Build.Integrations.GitHub;

/// <summary>GitHub's JSON conventions: snake_case names and enum values, absent instead of null in requests.</summary>
public static class GitHubJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
