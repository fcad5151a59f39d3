using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Mlops.Simulators.GitHub;

/// <summary>GitHub's answer shapes: snake_case JSON, and errors as {message, documentation_url[, errors]}.</summary>
public static class GitHubAnswers
{
    public const string Docs = "https://docs.github.com/rest";

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static IResult Ok(object value, int status = StatusCodes.Status200OK) => Results.Json(value, Json, statusCode: status);

    public static IResult Error(int status, string message) =>
        Results.Json(new { message, documentation_url = Docs }, Json, statusCode: status);

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "Not Found");

    /// <summary>422 Validation Failed with one error entry, as GitHub shapes it.</summary>
    public static IResult Invalid(string resource, string field, string code) =>
        Results.Json(
            new { message = "Validation Failed", errors = new[] { new { resource, field, code } }, documentation_url = Docs },
            Json,
            statusCode: StatusCodes.Status422UnprocessableEntity);
}
