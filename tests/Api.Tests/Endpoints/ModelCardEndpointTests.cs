using System.Net;
using System.Text.Json;
using Mlops.Api.Tests.Fixtures;
using Mlops.Model;

namespace Mlops.Api.Tests.Endpoints;

public sealed class ModelCardEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Serves_the_card_of_the_loaded_model_unchanged()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/model", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), ModelJsonContext.Default.ModelCard);
        Assert.Equal(
            JsonSerializer.Serialize(TestModel.Card, ModelJsonContext.Default.ModelCard),
            JsonSerializer.Serialize(served, ModelJsonContext.Default.ModelCard));
    }

    [Fact]
    public async Task Writes_metrics_with_intervals_and_features_with_kind_and_importance()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/model", UriKind.Relative));

        var card = await response.ReadJsonAsync();
        foreach (var (name, interval) in TestModel.Card.Metrics)
        {
            var metric = card.GetProperty("metrics").GetProperty(name);
            Assert.Equal(interval.Value, metric.GetProperty("value").GetDouble());
            Assert.Equal(interval.Lower, metric.GetProperty("lower").GetDouble());
            Assert.Equal(interval.Upper, metric.GetProperty("upper").GetDouble());
        }

        var features = card.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(TestModel.Card.Features.Select(f => f.Name), features.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(TestModel.Card.Features.Select(f => f.Kind.ToString()), features.Select(f => f.GetProperty("kind").GetString()));
        Assert.Equal(TestModel.Card.Features.Select(f => f.Importance), features.Select(f => f.GetProperty("importance").GetDouble()));
    }
}
