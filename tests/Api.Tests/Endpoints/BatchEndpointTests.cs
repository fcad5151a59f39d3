using System.Net;
using Mlops.Api.Tests.Fixtures;

namespace Mlops.Api.Tests.Endpoints;

public sealed class BatchEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] Records =
    [
        """{"tenure_months": 2, "monthly_charges": 110, "plan": "premium", "contract": "monthly", "autopay": false}""",
        """{"tenure_months": 60, "monthly_charges": 25, "plan": "basic", "contract": "two-year", "autopay": true}""",
        """{"tenure_months": 24}""",
    ];

    [Fact]
    public async Task Answers_each_record_in_order_as_predict_would()
    {
        var client = factory.CreateClient();

        using var response = await client.PostJsonAsync("/predict/batch", $"[{string.Join(',', Records)}]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answers = (await response.ReadJsonAsync()).EnumerateArray().Select(a => a.GetRawText()).ToList();
        var singles = new List<string>();
        foreach (var record in Records)
        {
            using var single = await client.PostJsonAsync("/predict", record);
            singles.Add((await single.ReadJsonAsync()).GetRawText());
        }

        Assert.Equal(singles, answers);
    }

    [Fact]
    public async Task A_bad_record_is_named_by_its_position()
    {
        using var response = await factory.CreateClient().PostJsonAsync("/predict/batch", $$"""[{{Records[0]}}, {"tenure_months": "soon"}, 7]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("must be a number", await response.ErrorsForAsync("[1].tenure_months"), StringComparison.Ordinal);
        Assert.Contains("must be a JSON object", await response.ErrorsForAsync("[2]"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "no records")]
    [InlineData("""{"tenure_months": 12}""", "must be a JSON array")]
    [InlineData("""[{"tenure_months": 12},""", "LineNumber")]
    public async Task A_batch_that_is_not_a_list_of_records_is_a_400(string body, string message)
    {
        using var response = await factory.CreateClient().PostJsonAsync("/predict/batch", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.ErrorsForAsync("$"), StringComparison.Ordinal);
    }
}
