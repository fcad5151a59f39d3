using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Mlops.Api.Contracts;
using Mlops.Api.Hosting;

namespace Mlops.Api.Endpoints;

/// <summary>
/// GET or HEAD /health (liveness) and /ready (the health checks tagged "ready" pass). They run the platform's
/// health checks but stay endpoints of their own, rather than MapHealthChecks, to keep their JSON contract and
/// their place in the OpenAPI document.
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(string.Empty).WithTags("Health");
        group.MapMethods("/health", ReadMethods.GetAndHead, Health)
            .WithName("Health")
            .WithSummary("Liveness: the process answers, with the model version it serves.");
        group.MapMethods("/ready", ReadMethods.GetAndHead, Ready)
            .WithName("Ready")
            .WithSummary("Readiness: 200 only while the verified model is loaded and the app is not stopping.");
        return app;
    }

    private static Ok<HealthResponse> Health(ModelState state) =>
        TypedResults.Ok(new HealthResponse("healthy", state.IsLoaded ? state.Current.Version : "none"));

    private static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> Ready(
        HealthCheckService checks, ModelState state, CancellationToken cancellationToken)
    {
        var report = await checks.CheckHealthAsync(check => check.Tags.Contains(ModelReadinessCheck.ReadyTag), cancellationToken);
        if (report.Status != HealthStatus.Healthy)
        {
            var reasons = report.Entries.Values.Where(e => e.Status != HealthStatus.Healthy).Select(e => e.Description);
            return TypedResults.Problem(
                detail: string.Join(" ", reasons),
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Not ready");
        }

        return TypedResults.Ok(new HealthResponse("ready", state.Current.Version));
    }
}
