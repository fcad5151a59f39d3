using Microsoft.AspNetCore.Http.HttpResults;

namespace Mlops.Api.Endpoints;

/// <summary>GET /: the dashboard page. Its script, styles and chart library are static files from wwwroot.</summary>
internal static class DashboardEndpoints
{
    private const string Page = "index.html";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGroup(string.Empty)
            .MapMethods("/", ReadMethods.GetAndHead, (IWebHostEnvironment environment) => Dashboard(environment))
            .WithName("Dashboard")
            .WithSummary("The dashboard page: the model card drawn as charts, and a form that calls /predict.")
            .ExcludeFromDescription();
        return app;
    }

    private static PhysicalFileHttpResult Dashboard(IWebHostEnvironment environment) =>
        TypedResults.PhysicalFile(Path.Combine(environment.WebRootPath, Page), "text/html; charset=utf-8");
}
