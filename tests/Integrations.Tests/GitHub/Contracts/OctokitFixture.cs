using System.Text.Json;

namespace Mlops.Integrations.Tests.GitHub.Contracts;

/// <summary>One recorded exchange of an @octokit/fixtures scenario: the request GitHub saw and its real answer.</summary>
internal sealed record OctokitFixture(string Method, string Path, int Status, JsonElement Response, IReadOnlyDictionary<string, string> Headers)
{
    public static IReadOnlyList<OctokitFixture> Load(string scenario)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(OctokitPackages.FixtureScenario(scenario)));
        return document.RootElement.EnumerateArray().Select(Read).ToList();
    }

    public string ResponseText => Response.GetRawText();

    public HttpResponseMessage ToResponse()
    {
        var response = new HttpResponseMessage((System.Net.HttpStatusCode)Status)
        {
            Content = new StringContent(ResponseText, System.Text.Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in Headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    private static OctokitFixture Read(JsonElement exchange)
    {
        var headers = exchange.TryGetProperty("headers", out var recorded)
            ? recorded.EnumerateObject().ToDictionary(header => header.Name, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return new OctokitFixture(
            exchange.GetProperty("method").GetString()!.ToUpperInvariant(),
            exchange.GetProperty("path").GetString()!,
            exchange.GetProperty("status").GetInt32(),
            exchange.GetProperty("response").Clone(),
            headers);
    }
}
