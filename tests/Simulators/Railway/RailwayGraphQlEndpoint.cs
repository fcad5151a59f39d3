using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Mlops.Simulators.Railway;

/// <summary>
/// Answers POST /graphql/v2 the way Railway does: 429 with Retry-After when rate limited, HTTP 200 with errors[] for
/// a bad token or an unknown id, else data.{rootField}. A pragmatic reading: the root field and the variables are enough.
/// </summary>
internal sealed partial class RailwayGraphQlEndpoint(RailwayState state)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var query = body.RootElement.GetProperty("query").GetString() ?? string.Empty;
        var variables = body.RootElement.TryGetProperty("variables", out var v) ? v.Clone() : default;
        var rootField = RootField().Match(query).Groups[1].Value;
        state.Record(new RecordedRequest(
            query, variables.ValueKind == JsonValueKind.Undefined ? "{}" : variables.GetRawText(), rootField, Header(context, "Project-Access-Token"), Header(context, "Authorization")));

        if (state.TakeRateLimit())
        {
            context.Response.Headers.RetryAfter = state.RetryAfter.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
            return Results.Json(Errors("Rate limit exceeded"), statusCode: StatusCodes.Status429TooManyRequests);
        }

        var caller = Caller(context);
        return caller is null ? Results.Json(Errors("Not Authorized")) : Results.Json(Answer(rootField, variables, caller.Value));
    }

    private object Answer(string rootField, JsonElement variables, CallerKind caller) => rootField switch
    {
        "serviceInstanceDeployV2" => Deploy(variables),
        "deployment" => Deployment(Text(variables, "id")),
        "deployments" => History(variables),
        "deploymentRollback" => Data(rootField, state.Rollback(Text(variables, "id") ?? string.Empty)),
        "projectToken" when caller == CallerKind.Project =>
            Data(rootField, new { projectId = RailwaySimulator.ProjectId, environmentId = RailwaySimulator.EnvironmentId }),
        "projectToken" => Errors("Project Token not found"),
        "variables" => Variables(variables),
        "variableCollectionUpsert" => UpsertVariables(variables.GetProperty("input")),
        _ => Errors($"Cannot query field \"{rootField}\" in the simulator"),
    };

    private object Deploy(JsonElement variables)
    {
        if (!IsOurs(variables))
        {
            return Errors("ServiceInstance not found");
        }

        return Data("serviceInstanceDeployV2", state.Deploy(Text(variables, "commitSha") ?? "HEAD").Id);
    }

    private object Variables(JsonElement variables)
    {
        if (!IsOurs(variables) || Text(variables, "projectId") != RailwaySimulator.ProjectId)
        {
            return Errors("ServiceInstance not found");
        }

        return Data("variables", state.Variables);
    }

    /// <summary>As Railway: without skipDeploys a variable change deploys the service at once (the latest commit).</summary>
    private object UpsertVariables(JsonElement input)
    {
        if (!IsOurs(input) || Text(input, "projectId") != RailwaySimulator.ProjectId)
        {
            return Errors("ServiceInstance not found");
        }

        var values = input.GetProperty("variables").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty);
        var skipDeploys = input.TryGetProperty("skipDeploys", out var skip) && skip.ValueKind == JsonValueKind.True;
        state.SetVariables(values, skipDeploys);
        return Data("variableCollectionUpsert", true);
    }

    private static bool IsOurs(JsonElement variables) =>
        Text(variables, "serviceId") == RailwaySimulator.ServiceId && Text(variables, "environmentId") == RailwaySimulator.EnvironmentId;

    private object Deployment(string? id) =>
        state.Poll(id ?? string.Empty) is { } d
            ? Data("deployment", new { id = d.Id, status = d.Status, url = d.PublicUrl?.ToString(), staticUrl = (string?)null, createdAt = d.CreatedAt, canRollback = d.CanRollback })
            : Errors("Deployment not found");

    private Dictionary<string, object?> History(JsonElement variables)
    {
        var input = variables.GetProperty("input");
        var statuses = input.TryGetProperty("status", out var filter) && filter.TryGetProperty("in", out var list)
            ? list.EnumerateArray().Select(s => s.GetString() ?? string.Empty).ToList()
            : null;
        var first = variables.TryGetProperty("first", out var count) ? count.GetInt32() : 100;
        var edges = state.History(statuses, first)
            .Select(d => new { node = new { id = d.Id, status = d.Status, createdAt = d.CreatedAt, canRollback = d.CanRollback } });
        return Data("deployments", new { edges });
    }

    private static CallerKind? Caller(HttpContext context)
    {
        if (Header(context, "Project-Access-Token") == RailwaySimulator.ProjectToken)
        {
            return CallerKind.Project;
        }

        return Header(context, "Authorization") == $"Bearer {RailwaySimulator.AccountToken}" ? CallerKind.Account : null;
    }

    private static string? Header(HttpContext context, string name) =>
        context.Request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;

    private static string? Text(JsonElement variables, string name) =>
        variables.ValueKind == JsonValueKind.Object && variables.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static Dictionary<string, object?> Data(string rootField, object? value) =>
        new() { ["data"] = new Dictionary<string, object?> { [rootField] = value } };

    private static object Errors(string message) => new { errors = new[] { new { message } }, data = (object?)null };

    // The first field inside the operation's selection set.
    [GeneratedRegex(@"\{\s*([_A-Za-z][_0-9A-Za-z]*)")]
    private static partial Regex RootField();

    private enum CallerKind
    {
        Project,
        Account,
    }
}
