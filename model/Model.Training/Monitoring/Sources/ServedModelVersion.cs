using System.Text.Json;

namespace Mlops.Model.Training.Monitoring.Sources;

/// <summary>Asks a deployed prediction API which model version it serves: <c>GET {api}/model</c> answers the model card.</summary>
public static class ServedModelVersion
{
    public static async Task<string> ReadAsync(HttpClient http, Uri apiUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(apiUrl);
        var url = new Uri(apiUrl, "model");
        using var response = await http.GetAsync(url, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode} {response.ReasonPhrase}: cannot learn the served model version.");
        }

        using var card = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return card.RootElement.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String
            ? version.GetString()!
            : throw new InvalidDataException($"GET {url} answered a body without a \"version\" string.");
    }
}
