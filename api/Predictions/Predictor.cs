using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Mlops.Api.Binding;
using Mlops.Api.Contracts;
using Mlops.Api.Hosting;
using Mlops.Model.Features;

namespace Mlops.Api.Predictions;

/// <summary>Binds JSON bodies to records and scores them with the served model.</summary>
internal static class Predictor
{
    public static Results<Ok<PredictionResponse>, ValidationProblem, ProblemHttpResult> PredictOne(ServedModel model, ReadOnlySequence<byte> body)
    {
        var rented = ArrayPool<FeatureValue>.Shared.Rent(model.Schema.Count);
        try
        {
            var record = rented.AsSpan(0, model.Schema.Count);
            var reader = new RecordReader(body, model.Schema);
            reader.ReadSingle(record);
            if (reader.Errors is { } errors)
            {
                return Invalid(errors);
            }

            return TypedResults.Ok(PredictionResponse.From(model.Scoring.Predict(record), model.Version));
        }
        catch (JsonException exception)
        {
            return Malformed(exception);
        }
        finally
        {
            ArrayPool<FeatureValue>.Shared.Return(rented, clearArray: true);
        }
    }

    public static Results<Ok<IReadOnlyList<PredictionResponse>>, ValidationProblem, ProblemHttpResult> PredictBatch(
        ServedModel model, ReadOnlySequence<byte> body, int maxCount)
    {
        var rented = ArrayPool<FeatureValue>.Shared.Rent(model.Schema.Count);
        try
        {
            var record = rented.AsSpan(0, model.Schema.Count);
            var reader = new RecordReader(body, model.Schema);
            var predictions = new List<PredictionResponse>();
            if (reader.StartBatch())
            {
                while (reader.TryReadNext(record))
                {
                    if (reader.RecordCount > maxCount)
                    {
                        return TooMany(maxCount);
                    }

                    // Once a record is bad the call fails, so scoring the rest would be wasted.
                    if (reader.Errors is null)
                    {
                        predictions.Add(PredictionResponse.From(model.Scoring.Predict(record), model.Version));
                    }
                }
            }

            if (reader.Errors is { } errors)
            {
                return Invalid(errors);
            }

            return predictions.Count == 0 ? Empty() : TypedResults.Ok<IReadOnlyList<PredictionResponse>>(predictions);
        }
        catch (JsonException exception)
        {
            return Malformed(exception);
        }
        finally
        {
            ArrayPool<FeatureValue>.Shared.Return(rented, clearArray: true);
        }
    }

    private static ValidationProblem Invalid(BindingErrors errors) =>
        TypedResults.ValidationProblem(errors.ByField(), title: "The record has invalid feature values");

    private static ValidationProblem Malformed(JsonException exception) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["$"] = [exception.Message] },
            title: "The body is not valid JSON");

    private static ValidationProblem Empty() =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["$"] = ["The batch has no records."] },
            title: "The batch is empty");

    private static ProblemHttpResult TooMany(int maxCount) =>
        TypedResults.Problem(
            detail: $"A batch holds at most {maxCount.ToString(CultureInfo.InvariantCulture)} records (setting Api:MaxBatchSize).",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Too many records");
}
