using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Mlops.Api.Binding;
using Mlops.Api.Contracts;
using Mlops.Api.Hosting;
using Mlops.Api.OpenApi;
using Mlops.Api.Predictions;

namespace Mlops.Api.Endpoints;

/// <summary>POST /predict and /predict/batch. The body is bound by hand for speed and for errors that name the field.</summary>
internal static class PredictionEndpoints
{
    public static IEndpointRouteBuilder MapPredictions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/predict").WithTags("Predictions");
        group.MapPost(string.Empty, PredictOne)
            .WithName("Predict")
            .WithSummary("Scores one record: the model's features by name.")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer(RecordRequestBody.Single);
        group.MapPost("/batch", PredictBatch)
            .WithName("PredictBatch")
            .WithSummary("Scores an array of records; the results come back in the same order.")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer(RecordRequestBody.Batch);
        return app;
    }

    private static async Task<Results<Ok<PredictionResponse>, ValidationProblem, ProblemHttpResult>> PredictOne(
        HttpRequest request, ModelState state, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync(request, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (body.Refusal is { } refusal)
        {
            return refusal;
        }

        try
        {
            return Predictor.PredictOne(state.Current, body.Content);
        }
        finally
        {
            body.Release();
        }
    }

    private static async Task<Results<Ok<IReadOnlyList<PredictionResponse>>, ValidationProblem, ProblemHttpResult>> PredictBatch(
        HttpRequest request, ModelState state, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync(request, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (body.Refusal is { } refusal)
        {
            return refusal;
        }

        try
        {
            return Predictor.PredictBatch(state.Current, body.Content, options.Value.MaxBatchSize);
        }
        finally
        {
            body.Release();
        }
    }
}
