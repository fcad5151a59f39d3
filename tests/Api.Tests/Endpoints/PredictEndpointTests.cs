using System.Net;
using Mlops.Api.Tests.Fixtures;
using Mlops.Model.Features;

namespace Mlops.Api.Tests.Endpoints;

public sealed class PredictEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Record = """
        {"tenure_months": 12, "monthly_charges": 70.5, "plan": "premium", "contract": "monthly", "autopay": true}
        """;

    [Fact]
    public async Task Answers_what_the_model_runtime_says_for_the_record()
    {
        using var response = await factory.CreateClient().PostJsonAsync("/predict", Record);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = TestModel.Runtime.Predict(
        [
            FeatureValue.FromNumber(12), FeatureValue.FromNumber(70.5), FeatureValue.FromCategory("premium"),
            FeatureValue.FromCategory("monthly"), FeatureValue.FromBoolean(true),
        ]);
        var body = await response.ReadJsonAsync();
        Assert.Equal(expected.Probability, body.GetProperty("probability").GetSingle());
        Assert.Equal(expected.Label, body.GetProperty("label").GetBoolean());
        Assert.Equal(expected.Threshold, body.GetProperty("threshold").GetDouble());
        Assert.Equal(TestModel.Version, body.GetProperty("modelVersion").GetString());
    }

    [Fact]
    public async Task The_order_of_the_features_does_not_matter()
    {
        var client = factory.CreateClient();

        using var inOrder = await client.PostJsonAsync("/predict", Record);
        using var shuffled = await client.PostJsonAsync("/predict", """
            {"autopay": true, "plan": "premium", "tenure_months": 12, "contract": "monthly", "monthly_charges": 70.5}
            """);

        Assert.Equal(HttpStatusCode.OK, shuffled.StatusCode);
        Assert.Equal(await inOrder.Content.ReadAsStringAsync(), await shuffled.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Escaped_names_and_categories_are_read_as_their_text()
    {
        var client = factory.CreateClient();

        using var plain = await client.PostJsonAsync("/predict", Record);
        using var escaped = await client.PostJsonAsync("/predict", """
            {"tenure\u005fmonths": 12, "monthly_charges": 70.5, "plan": "pre\u006dium", "contract": "monthly", "autopay": true}
            """);

        Assert.Equal(HttpStatusCode.OK, escaped.StatusCode);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await escaped.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Optional_features_left_out_or_null_are_scored_as_missing()
    {
        using var response = await factory.CreateClient().PostJsonAsync("/predict", """
            {"tenure_months": 30, "monthly_charges": null}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = TestModel.Runtime.Predict(
            [FeatureValue.FromNumber(30), FeatureValue.Missing, FeatureValue.Missing, FeatureValue.Missing, FeatureValue.Missing]);
        Assert.Equal(expected.Probability, (await response.ReadJsonAsync()).GetProperty("probability").GetSingle());
    }

    [Fact]
    public async Task A_category_the_model_has_not_seen_is_scored_as_other()
    {
        var client = factory.CreateClient();

        using var enterprise = await client.PostJsonAsync("/predict", Record.Replace("premium", "enterprise", StringComparison.Ordinal));
        using var gold = await client.PostJsonAsync("/predict", Record.Replace("premium", "gold", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, enterprise.StatusCode);
        var expected = TestModel.Runtime.Predict(
        [
            FeatureValue.FromNumber(12), FeatureValue.FromNumber(70.5), FeatureValue.FromCategory("enterprise"),
            FeatureValue.FromCategory("monthly"), FeatureValue.FromBoolean(true),
        ]);
        Assert.Equal(expected.Probability, (await enterprise.ReadJsonAsync()).GetProperty("probability").GetSingle());
        Assert.Equal(await gold.Content.ReadAsStringAsync(), await enterprise.Content.ReadAsStringAsync());
    }
}
