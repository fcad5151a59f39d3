using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Mlops.Simulators.GitHub;

/// <summary>Labels (list, create), commit statuses and releases.</summary>
public static partial class RepositoryEndpoints
{
    private static readonly string[] StatusStates = ["error", "failure", "pending", "success"];

    public static void Map(WebApplication app, SimulatedRepository repo)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/repos/{owner}/{name}/labels", (HttpRequest request) => GitHubAnswers.Ok(Pagination.Page(request.HttpContext, repo.Labels)));
        app.MapPost("/repos/{owner}/{name}/labels", (HttpRequest request) => CreateLabel(request.HttpContext, repo));
        app.MapPost("/repos/{owner}/{name}/statuses/{sha}", (HttpContext http, string sha) => CreateStatus(http, repo, sha));
        app.MapPost("/repos/{owner}/{name}/releases", (HttpRequest request) => CreateRelease(request.HttpContext, repo));
    }

    private static async Task<IResult> CreateLabel(HttpContext http, SimulatedRepository repo)
    {
        var body = await RequestBody.ReadAsync(http.Request);
        if (body?.Text("name") is not { Length: > 0 } name)
        {
            return GitHubAnswers.Invalid("Label", "name", "missing_field");
        }

        var color = body.Text("color");
        if (color is not null && !HexColor().IsMatch(color))
        {
            return GitHubAnswers.Invalid("Label", "color", "invalid");
        }

        return repo.TryAddLabel(name, color, body.Text("description")) is { } label
            ? GitHubAnswers.Ok(label, StatusCodes.Status201Created)
            : GitHubAnswers.Invalid("Label", "name", "already_exists");
    }

    private static async Task<IResult> CreateStatus(HttpContext http, SimulatedRepository repo, string sha)
    {
        var body = await RequestBody.ReadAsync(http.Request);
        if (body?.Text("state") is not { } state || !StatusStates.Contains(state))
        {
            return GitHubAnswers.Invalid("Status", "state", body?.Has("state") == true ? "invalid" : "missing_field");
        }

        var status = repo.AddStatus(sha, state, body.Text("target_url"), body.Text("description"), body.Text("context") ?? "default");
        return GitHubAnswers.Ok(status, StatusCodes.Status201Created);
    }

    private static async Task<IResult> CreateRelease(HttpContext http, SimulatedRepository repo)
    {
        var body = await RequestBody.ReadAsync(http.Request);
        if (body?.Text("tag_name") is not { Length: > 0 } tag)
        {
            return GitHubAnswers.Invalid("Release", "tag_name", "missing_field");
        }

        return repo.TryAddRelease(tag, body.Text("name"), body.Text("body"), body.Flag("draft"), body.Flag("prerelease")) is { } release
            ? GitHubAnswers.Ok(release, StatusCodes.Status201Created)
            : GitHubAnswers.Invalid("Release", "tag_name", "already_exists");
    }

    [GeneratedRegex("^[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();
}
