using Microsoft.AspNetCore.Http.HttpResults;
using Mlops.Api.Contracts;
using Mlops.Api.Hosting;

namespace Mlops.Api.Endpoints;

/// <summary>GET /health (liveness) and GET /ready (the model is loaded, verified, and the app is not shutting down).</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(string.Empty).WithTags("Health");
        group.MapGet("/health", Health)
            .WithName("Health")
            .WithSummary("Liveness: the process answers, with the model version it serves.");
        group.MapGet("/ready", Ready)
            .WithName("Ready")
            .WithSummary("Readiness: 200 only while the verified model is loaded and the app is not stopping.");
        return app;
    }

    private static Ok<HealthResponse> Health(ModelState state) =>
        TypedResults.Ok(new HealthResponse("healthy", state.IsLoaded ? state.Current.Version : "none"));

    // While shutting down the app still answers the requests in flight; load balancers should send no more.
    private static Results<Ok<HealthResponse>, ProblemHttpResult> Ready(ModelState state, IHostApplicationLifetime lifetime)
    {
        if (!state.IsLoaded || lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return TypedResults.Problem(
                detail: state.IsLoaded ? "The API is shutting down." : "The model is not loaded.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Not ready");
        }

        return TypedResults.Ok(new HealthResponse("ready", state.Current.Version));
    }
}
