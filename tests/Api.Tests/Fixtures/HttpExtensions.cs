using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Mlops.Api.Tests.Fixtures;

internal static class HttpExtensions
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>The messages that a validation problem lists for one field.</summary>
    public static async Task<string> ErrorsForAsync(this HttpResponseMessage response, string field)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"No error for '{field}' in {problem}");
        return string.Join(" | ", messages.EnumerateArray().Select(m => m.GetString()));
    }

    public static MediaTypeHeaderValue Json => new("application/json");
}
