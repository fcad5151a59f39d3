using System.Net;
using System.Text.Json;
using Mlops.Api.Tests.Fixtures;
using Mlops.Model.Features;

namespace Mlops.Api.Tests.Endpoints;

public sealed class OpenApiDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Lists_every_endpoint()
    {
        var document = await DocumentAsync();

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(paths, new HashSet<string> { "/health", "/ready", "/predict", "/predict/batch", "/model", "/history" });
        Assert.Equal(TestModel.Version, document.GetProperty("info").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Describes_the_record_with_the_model_columns_types_ranges_and_required_ones()
    {
        var record = RequestSchema(await DocumentAsync(), "/predict");

        var properties = record.GetProperty("properties");
        Assert.Equal(TestModel.Preprocessing.Columns.Select(c => c.Name), properties.EnumerateObject().Select(p => p.Name));
        foreach (var column in TestModel.Preprocessing.Columns)
        {
            var property = properties.GetProperty(column.Name);
            Assert.Contains(JsonType(column.Kind), property.GetProperty("type").GetRawText(), StringComparison.Ordinal);
            Assert.Equal(column.Min, property.TryGetProperty("minimum", out var min) ? min.GetDouble() : null);
            Assert.Equal(column.Max, property.TryGetProperty("maximum", out var max) ? max.GetDouble() : null);
        }

        var required = TestModel.Preprocessing.Columns.Where(c => c.Required).Select(c => c.Name);
        Assert.Equal(required, record.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("two-year", properties.GetProperty("contract").GetProperty("enum").GetRawText(), StringComparison.Ordinal);
        Assert.False(record.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public async Task Describes_the_batch_as_an_array_of_records_up_to_the_configured_count()
    {
        var batch = RequestSchema(await DocumentAsync(), "/predict/batch");

        Assert.Equal("array", batch.GetProperty("type").GetString());
        Assert.Equal(1000, batch.GetProperty("maxItems").GetInt32());
        Assert.Equal("object", batch.GetProperty("items").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Describes_the_prediction_response_and_the_problem_responses()
    {
        var document = await DocumentAsync();

        var responses = document.GetProperty("paths").GetProperty("/predict").GetProperty("post").GetProperty("responses");
        Assert.Equal(["200", "400", "413", "415"], responses.EnumerateObject().Select(r => r.Name));
        var prediction = document.GetProperty("components").GetProperty("schemas").GetProperty("PredictionResponse").GetProperty("properties");
        Assert.Equal(["probability", "label", "threshold", "modelVersion"], prediction.EnumerateObject().Select(p => p.Name));
        Assert.Equal("number", prediction.GetProperty("probability").GetProperty("type").GetString());
    }

    private async Task<JsonElement> DocumentAsync()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private static JsonElement RequestSchema(JsonElement document, string path) =>
        document.GetProperty("paths").GetProperty(path).GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");

    private static string JsonType(FeatureKind kind) => kind switch
    {
        FeatureKind.Numeric => "\"number\"",
        FeatureKind.Boolean => "\"boolean\"",
        _ => "\"string\"",
    };
}
