using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Mlops.Api.Hosting;
using Mlops.Model.Features;

namespace Mlops.Api.OpenApi;

/// <summary>
/// Describes the prediction request bodies from the served model's columns. The endpoints bind JSON by hand,
/// so without this the document would not know the features, their types, ranges and required ones.
/// </summary>
internal static class RecordRequestBody
{
    public static Task Single(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = Json(Record(Columns(context)));
        return Task.CompletedTask;
    }

    public static Task Batch(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var maxCount = context.ApplicationServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxBatchSize;
        operation.RequestBody = Json(new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Items = Record(Columns(context)),
            MinItems = 1,
            MaxItems = maxCount,
        });
        return Task.CompletedTask;
    }

    private static IReadOnlyList<FeatureColumn> Columns(OpenApiOperationTransformerContext context) =>
        context.ApplicationServices.GetRequiredService<ModelState>().Current.Scoring.Columns;

    private static OpenApiRequestBody Json(OpenApiSchema schema) => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
    };

    private static OpenApiSchema Record(IReadOnlyList<FeatureColumn> columns) => new()
    {
        Type = JsonSchemaType.Object,
        Description = "One record: the model's features by name. A feature left out or null is missing.",
        AdditionalPropertiesAllowed = false,
        Properties = columns.ToDictionary(c => c.Name, c => (IOpenApiSchema)Feature(c), StringComparer.Ordinal),
        Required = new HashSet<string>(columns.Where(c => c.Required).Select(c => c.Name), StringComparer.Ordinal),
    };

    private static OpenApiSchema Feature(FeatureColumn column) => new()
    {
        Type = column.Kind switch
        {
            FeatureKind.Numeric => JsonSchemaType.Number,
            FeatureKind.Boolean => JsonSchemaType.Boolean,
            _ => JsonSchemaType.String,
        } | (column.Required ? 0 : JsonSchemaType.Null),
        Minimum = Format(column.Min),
        Maximum = Format(column.Max),
        Enum = column.AllowedValues is { Count: > 0 } allowed ? AllowedValues(allowed, column.Required) : null,
    };

    // JSON Schema checks enum and type separately, so an optional column must list null among its values too.
    private static List<JsonNode> AllowedValues(IReadOnlyList<string> allowed, bool required)
    {
        var values = allowed.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
        if (!required)
        {
            values.Add(null!);
        }

        return values;
    }

    private static string? Format(double? bound) => bound?.ToString("R", CultureInfo.InvariantCulture);
}
