using System.Text.Json;

namespace Mlops.Build.Integrations.Databricks;

/// <summary>Reads Databricks' error body <c>{"error_code": …, "message": …}</c> into one line.</summary>
public static class DatabricksError
{
    public const string InvalidParameterValue = "INVALID_PARAMETER_VALUE";

    /// <summary>"ERROR_CODE: message", or the raw text when the body is not Databricks' JSON (a proxy's page, say).</summary>
    public static string Describe(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return string.Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var code = Text(root, "error_code");
            var message = Text(root, "message");
            return code is null && message is null ? body.Trim() : $"{code ?? "ERROR"}: {message}";
        }
        catch (JsonException)
        {
            return body.Length > 300 ? body[..300] + "…" : body.Trim();
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
