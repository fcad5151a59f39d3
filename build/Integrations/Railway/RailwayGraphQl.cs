using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mlops.Build.Integrations.Http;

namespace Mlops.Build.Integrations.Railway;

/// <summary>
/// Sends one GraphQL document to Railway with the right credential header and turns every kind of refusal
/// (an HTTP error, or HTTP 200 carrying errors[]) into a ServiceException naming the call, with the token masked.
/// </summary>
internal sealed class RailwayGraphQl(HttpClient http, RailwaySettings settings, SecretMasker masker)
{
    public const string ServiceName = "Railway";
    public const string ProjectTokenHeader = "Project-Access-Token";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<JsonElement> SendAsync(RailwayOperation operation, object variables, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.ApiUrl)
        {
            Content = JsonContent.Create(new { query = operation.Document, variables }, options: Json),
        };
        Authenticate(request);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var root = Parse(body);
        if (!response.IsSuccessStatusCode || root is null)
        {
            throw Failure(operation, response.StatusCode, ErrorMessages(root) ?? Abbreviate(body));
        }

        if (ErrorMessages(root) is { } errors)
        {
            throw Failure(operation, response.StatusCode, errors);
        }

        return root.Value.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
               && data.TryGetProperty(operation.RootField, out var field)
            ? field
            : throw Failure(operation, response.StatusCode, $"the answer has no data.{operation.RootField}");
    }

    public static T Read<T>(JsonElement element, RailwayOperation operation) =>
        element.Deserialize<T>(Json)
        ?? throw new ServiceException(ServiceName, operation.RootField, HttpStatusCode.OK, $"data.{operation.RootField} is null");

    private void Authenticate(HttpRequestMessage request)
    {
        if (settings.TokenKind == RailwayTokenKind.Project)
        {
            request.Headers.TryAddWithoutValidation(ProjectTokenHeader, settings.Token);
        }
        else
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Token);
        }
    }

    private ServiceException Failure(RailwayOperation operation, HttpStatusCode status, string message) =>
        new(ServiceName, operation.RootField, status, masker.Apply(message));

    private static JsonElement? Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ErrorMessages(JsonElement? root)
    {
        if (root is not { } value || !value.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var messages = errors.EnumerateArray()
            .Select(error => error.TryGetProperty("message", out var message) ? message.GetString() : null)
            .OfType<string>()
            .ToList();
        return messages.Count == 0 ? null : string.Join("; ", messages);
    }

    // Proxies answer errors with whole HTML pages; the first line or so is enough to say what happened.
    private static string Abbreviate(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
