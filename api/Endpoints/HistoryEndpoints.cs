using Microsoft.AspNetCore.Http.HttpResults;
using Mlops.Api.Hosting;
using Mlops.Model.History;
using Mlops.Model.History.Queries;

namespace Mlops.Api.Endpoints;

/// <summary>
/// GET /history: the served model's run history from the store (read-only): versions, monitor runs with intervals,
/// bounds and drift, deployments. The page /history.html draws it.
/// </summary>
internal static class HistoryEndpoints
{
    private const int DefaultRuns = 30;
    private const int MostRuns = 500;

    public static IEndpointRouteBuilder MapHistory(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/history").WithTags("History")
            .MapGet(string.Empty, Read)
            .WithName("History")
            .WithSummary("The served model's run history: versions with test metrics, the last monitor runs, deployments per environment.");
        return app;
    }

    private static Results<ContentHttpResult, ProblemHttpResult> Read(ModelState state, IConfiguration configuration, int? last)
    {
        var runs = last ?? DefaultRuns;
        if (runs is < 1 or > MostRuns)
        {
            return TypedResults.Problem($"last={runs}: ask for 1 to {MostRuns} runs.", statusCode: StatusCodes.Status400BadRequest);
        }

        var location = configuration.GetSection(HistoryOptions.Section).Get<HistoryOptions>()?.Location();
        if (location is null)
        {
            return TypedResults.Problem(
                $"No run history is configured: set {HistoryOptions.Section}:{nameof(HistoryOptions.PostgresConnection)} or {HistoryOptions.Section}:{nameof(HistoryOptions.SqlitePath)}.",
                statusCode: StatusCodes.Status404NotFound);
        }

        try
        {
            using var reader = HistoryReader.Open(location);
            var history = reader.Read(state.Current.Card.ModelId, monitorRuns: runs, runs: runs);
            return TypedResults.Text(HistoryJson.Serialize(history), "application/json");
        }
        catch (HistoryStoreException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
