using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mlops.Simulators.Databricks;

/// <summary>The REST calls of the contract, answered from the workspace state the way Databricks answers them.</summary>
internal static class DatabricksRoutes
{
    public static void Map(IEndpointRouteBuilder app, DatabricksWorkspace workspace, Func<Uri> baseAddress)
    {
        app.MapGet("/api/2.0/repos", (HttpRequest request) => ListRepos(workspace, request));
        app.MapPost("/api/2.0/repos", async (HttpRequest request) => CreateRepo(workspace, await BodyAsync(request)));
        app.MapMethods("/api/2.0/repos/{id}", ["PATCH"], async (string id, HttpRequest request) => UpdateRepo(workspace, id, await BodyAsync(request)));
        app.MapPost("/api/2.1/jobs/create", async (HttpRequest request) => CreateJob(workspace, await BodyAsync(request)));
        app.MapPost("/api/2.1/jobs/reset", async (HttpRequest request) => ResetJob(workspace, await BodyAsync(request)));
        app.MapPost("/api/2.1/jobs/run-now", async (HttpRequest request) => RunNow(workspace, await BodyAsync(request)));
        app.MapGet("/api/2.1/jobs/runs/get", (HttpRequest request) => GetRun(workspace, request, baseAddress()));
        app.MapGet("/api/2.0/fs/files/{**path}", (string path) => workspace.ReadFile("/" + path) is { } bytes
            ? Results.Bytes(bytes, "application/octet-stream")
            : SimulatedError.NotFound($"The file /{path} does not exist."));
    }

    private static IResult ListRepos(DatabricksWorkspace workspace, HttpRequest request)
    {
        var prefix = request.Query["path_prefix"].ToString();
        var offset = int.TryParse(request.Query["next_page_token"], CultureInfo.InvariantCulture, out var o) ? o : 0;
        var (page, next) = workspace.ListRepos(prefix, offset);
        var answer = new JsonObject { ["repos"] = new JsonArray([.. page.Select(Json)]) };
        if (next is not null)
        {
            answer["next_page_token"] = next;
        }

        return Results.Json(answer);
    }

    private static IResult CreateRepo(DatabricksWorkspace workspace, JsonObject? body)
    {
        var url = Text(body, "url");
        var provider = Text(body, "provider");
        var path = Text(body, "path");
        if (url is null || provider is null)
        {
            return SimulatedError.InvalidParameter("Missing required fields: url, provider.");
        }

        if (!DatabricksWorkspace.Providers.Contains(provider))
        {
            return SimulatedError.InvalidParameter($"Invalid Git provider: {provider}.");
        }

        if (path is null || !path.StartsWith("/Repos/", StringComparison.Ordinal) || path.Split('/', StringSplitOptions.RemoveEmptyEntries).Length != 3)
        {
            return SimulatedError.InvalidParameter($"Invalid path: {path}. A Git folder's path is /Repos/{{folder}}/{{name}}.");
        }

        return workspace.CreateRepo(path, url, provider) is { } repo
            ? Results.Json(Json(repo))
            : SimulatedError.Result(400, "RESOURCE_ALREADY_EXISTS", $"{path} already exists.");
    }

    private static IResult UpdateRepo(DatabricksWorkspace workspace, string id, JsonObject? body)
    {
        var branch = Text(body, "branch");
        var tag = Text(body, "tag");
        if ((branch is null) == (tag is null))
        {
            return SimulatedError.InvalidParameter("Exactly one of branch or tag must be given.");
        }

        if (!long.TryParse(id, CultureInfo.InvariantCulture, out var repoId))
        {
            return SimulatedError.InvalidParameter($"Invalid repo id: {id}.");
        }

        return workspace.Checkout(repoId, branch ?? tag!, tag is not null) switch
        {
            null => Results.Json(new JsonObject()),
            var reason when reason.StartsWith("Repo ", StringComparison.Ordinal) => SimulatedError.NotFound(reason),
            var reason => SimulatedError.InvalidParameter(reason),
        };
    }

    private static IResult CreateJob(DatabricksWorkspace workspace, JsonObject? body) =>
        body is null || Text(body, "name") is null
            ? SimulatedError.InvalidParameter("A job needs a name.")
            : Results.Json(new JsonObject { ["job_id"] = workspace.AddJob(body) });

    private static IResult ResetJob(DatabricksWorkspace workspace, JsonObject? body)
    {
        if (Number(body, "job_id") is not { } jobId || body?["new_settings"] is not JsonObject settings)
        {
            return SimulatedError.InvalidParameter("job_id and new_settings are required.");
        }

        return workspace.ResetJob(jobId, (JsonObject)settings.DeepClone())
            ? Results.Json(new JsonObject())
            : SimulatedError.InvalidParameter($"Job {jobId} does not exist.");
    }

    private static IResult RunNow(DatabricksWorkspace workspace, JsonObject? body)
    {
        if (Number(body, "job_id") is not { } jobId)
        {
            return SimulatedError.InvalidParameter("job_id is required.");
        }

        var parameters = (body?["job_parameters"] as JsonObject ?? [])
            .ToDictionary(p => p.Key, p => p.Value?.ToString() ?? string.Empty, StringComparer.Ordinal);
        return workspace.RunNow(jobId, parameters, Text(body, "idempotency_token")) is { } run
            ? Results.Json(new JsonObject { ["run_id"] = run.RunId, ["number_in_job"] = run.NumberInJob })
            : SimulatedError.InvalidParameter($"Job {jobId} does not exist.");
    }

    // Databricks' quirk, kept on purpose: an unknown run is 400 INVALID_PARAMETER_VALUE, not 404.
    private static IResult GetRun(DatabricksWorkspace workspace, HttpRequest request, Uri baseAddress)
    {
        var id = request.Query["run_id"].ToString();
        if (!long.TryParse(id, CultureInfo.InvariantCulture, out var runId) || workspace.FindRun(runId) is not { } run)
        {
            return SimulatedError.InvalidParameter($"Run {id} does not exist");
        }

        var (lifeCycle, result, message) = run.Advance();
        var state = new JsonObject { ["life_cycle_state"] = lifeCycle, ["state_message"] = message };
        if (result is not null)
        {
            state["result_state"] = result;
        }

        return Results.Json(new JsonObject
        {
            ["run_id"] = run.RunId,
            ["job_id"] = run.JobId,
            ["number_in_job"] = run.NumberInJob,
            ["run_page_url"] = new Uri(baseAddress, $"#job/{run.JobId}/run/{run.RunId}").ToString(),
            ["state"] = state,
        });
    }

    private static JsonObject Json(SimulatedRepo repo) => new()
    {
        ["id"] = repo.Id,
        ["path"] = repo.Path,
        ["url"] = repo.Url,
        ["provider"] = repo.Provider,
        ["branch"] = repo.Branch,
        ["head_commit_id"] = repo.HeadCommitId,
    };

    private static async Task<JsonObject?> BodyAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject? body, string name) =>
        body?[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    private static long? Number(JsonObject? body, string name) =>
        body?[name] is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;
}
