using Microsoft.AspNetCore.Http.HttpResults;
using Mlops.Api.Hosting;
using Mlops.Model.Cards;

namespace Mlops.Api.Endpoints;

/// <summary>GET /model: the served model's card.</summary>
internal static class ModelCardEndpoints
{
    public static IEndpointRouteBuilder MapModelCard(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/model").WithTags("Model")
            .MapMethods(string.Empty, ReadMethods.GetAndHead, (ModelState state) => TypedResults.Ok(state.Current.Card))
            .WithName("ModelCard")
            .WithSummary("The model card: version, commit, training time, metrics with intervals, features and importance.");
        return app;
    }
}
