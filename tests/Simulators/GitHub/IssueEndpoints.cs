using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Mlops.Simulators.GitHub;

/// <summary>Issues and their comments: list (paged), create, update, comment, list and edit comments.</summary>
public static class IssueEndpoints
{
    private static readonly string[] IssueStates = ["open", "closed"];
    private static readonly string[] StateReasons = ["completed", "not_planned", "reopened"];

    public static void Map(WebApplication app, SimulatedRepository repo)
    {
        ArgumentNullException.ThrowIfNull(app);
        const string issues = "/repos/{owner}/{name}/issues";
        app.MapGet(issues, (HttpRequest request) => ListIssues(request.HttpContext, repo));
        app.MapPost(issues, (HttpRequest request) => CreateIssue(request.HttpContext, repo));
        app.MapMethods(issues + "/{number:int}", ["PATCH"], (HttpContext http, int number) => UpdateIssue(http, repo, number));
        app.MapPost(issues + "/{number:int}/comments", (HttpContext http, int number) => CreateComment(http, repo, number));
        app.MapGet(issues + "/{number:int}/comments", (HttpContext http, int number) => ListComments(http, repo, number));
        app.MapMethods(issues + "/comments/{id:long}", ["PATCH"], (HttpContext http, long id) => EditComment(http, repo, id));
    }

    private static IResult ListIssues(HttpContext http, SimulatedRepository repo)
    {
        var query = http.Request.Query;
        var state = query["state"].FirstOrDefault() ?? "open";
        var labels = (query["labels"].FirstOrDefault() ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        var matching = repo.Issues
            .Where(issue => state == "all" || issue.State == state)
            .Where(issue => labels.All(wanted => issue.Labels.Exists(label => string.Equals(label.Name, wanted, StringComparison.OrdinalIgnoreCase))))
            .OrderByDescending(issue => issue.Number)
            .ToList();
        return GitHubAnswers.Ok(Pagination.Page(http, matching));
    }

    private static async Task<IResult> CreateIssue(HttpContext http, SimulatedRepository repo)
    {
        var body = await RequestBody.ReadAsync(http.Request);
        if (body?.Text("title") is not { Length: > 0 } title)
        {
            return GitHubAnswers.Invalid("Issue", "title", "missing_field");
        }

        var issue = repo.AddIssue(title, body.Text("body"), body.Texts("labels"));
        http.Response.Headers.Location = issue.Url;
        return GitHubAnswers.Ok(issue, StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateIssue(HttpContext http, SimulatedRepository repo, int number)
    {
        var body = await RequestBody.ReadAsync(http.Request);
        if (repo.Issue(number) is not { } issue || body is null)
        {
            return GitHubAnswers.NotFound();
        }

        if ((Invalid(body, "state", IssueStates) ?? Invalid(body, "state_reason", StateReasons)) is { } invalid)
        {
            return invalid;
        }

        var labels = body.Has("labels") ? repo.LabelsNamed(body.Texts("labels")) : null;
        repo.Change(issue, changed => Apply(changed, body, labels));
        return GitHubAnswers.Ok(issue);
    }

    private static void Apply(SimulatedIssue issue, RequestBody body, List<SimulatedLabel>? labels)
    {
        issue.Title = body.Text("title") ?? issue.Title;
        issue.Body = body.Has("body") ? body.Text("body") : issue.Body;
        issue.Labels = labels ?? issue.Labels;
        if (body.Text("state") is { } state && state != issue.State)
        {
            issue.State = state;
            issue.ClosedAt = state == "closed" ? DateTimeOffset.UtcNow : null;
            issue.StateReason = body.Text("state_reason") ?? (state == "closed" ? "completed" : "reopened");
        }
    }

    private static async Task<IResult> CreateComment(HttpContext http, SimulatedRepository repo, int number)
    {
        var body = await RequestBody.ReadAsync(http.Request);
        if (repo.Issue(number) is not { } issue)
        {
            return GitHubAnswers.NotFound();
        }

        return body?.Text("body") is { Length: > 0 } text
            ? GitHubAnswers.Ok(repo.AddComment(issue, text), StatusCodes.Status201Created)
            : GitHubAnswers.Invalid("IssueComment", "body", "missing_field");
    }

    private static IResult ListComments(HttpContext http, SimulatedRepository repo, int number) =>
        repo.Issue(number) is null ? GitHubAnswers.NotFound() : GitHubAnswers.Ok(Pagination.Page(http, repo.CommentsOf(number)));

    private static async Task<IResult> EditComment(HttpContext http, SimulatedRepository repo, long id)
    {
        var body = await RequestBody.ReadAsync(http.Request);
        if (repo.Comment(id) is not { } comment)
        {
            return GitHubAnswers.NotFound();
        }

        if (body?.Text("body") is not { Length: > 0 } text)
        {
            return GitHubAnswers.Invalid("IssueComment", "body", "missing_field");
        }

        repo.EditComment(comment, text);
        return GitHubAnswers.Ok(comment);
    }

    private static IResult? Invalid(RequestBody body, string field, string[] allowed) =>
        body.Has(field) && !allowed.Contains(body.Text(field)) ? GitHubAnswers.Invalid("Issue", field, "invalid") : null;
}
