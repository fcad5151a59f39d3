using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Mlops.Simulators.GitHub;

/// <summary>A release by its tag, and asset uploads (on GitHub's uploads host; here under /uploads/).</summary>
public static class ReleaseEndpoints
{
    public static void Map(WebApplication app, SimulatedRepository repo)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/repos/{owner}/{name}/releases/tags/{tag}", (string tag) =>
            repo.ReleaseOf(tag) is { } release ? GitHubAnswers.Ok(release) : GitHubAnswers.NotFound());
        app.MapPost("/uploads/repos/{owner}/{name}/releases/{id:long}/assets", (HttpContext http, long id) => UploadAsset(http, repo, id));
    }

    private static async Task<IResult> UploadAsset(HttpContext http, SimulatedRepository repo, long id)
    {
        if (!repo.HasRelease(id))
        {
            return GitHubAnswers.NotFound();
        }

        if (http.Request.Query["name"].FirstOrDefault() is not { Length: > 0 } fileName)
        {
            return GitHubAnswers.Invalid("ReleaseAsset", "name", "missing_field");
        }

        if (http.Request.ContentType is not { Length: > 0 } contentType)
        {
            return GitHubAnswers.Error(StatusCodes.Status400BadRequest, "Content-Type header is required");
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer);
        return repo.TryAddAsset(id, fileName, contentType, buffer.ToArray()) is { } asset
            ? GitHubAnswers.Ok(asset, StatusCodes.Status201Created)
            : GitHubAnswers.Invalid("ReleaseAsset", "name", "already_exists");
    }
}
