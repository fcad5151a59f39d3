using System.Net;
using Mlops.Api.Tests.Fixtures;

namespace Mlops.Api.Tests.Endpoints;

public sealed class HistoryEndpointTests
{
    [Fact]
    public async Task Answers_the_served_models_history_from_the_store()
    {
        using var seeded = new SeededHistory();
        await using var api = new ModelApiFactory(TestModel.Directory, seeded.Settings);
        using var client = api.CreateClient();

        using var response = await client.GetAsync(new Uri("/history?last=2", UriKind.Relative));
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestModel.Card.ModelId, body.GetProperty("modelId").GetString());
        Assert.Equal(["week-2.csv", "week-3.csv"], body.GetProperty("monitorRuns").EnumerateArray().Select(r => r.GetProperty("batch").GetString()));
        Assert.Equal(["drift:tenure_months"], body.GetProperty("monitorRuns")[1].GetProperty("breached").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Without_a_store_says_which_setting_to_set()
    {
        await using var api = new ModelApiFactory(TestModel.Directory);
        using var client = api.CreateClient();

        using var response = await client.GetAsync(new Uri("/history", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("History:SqlitePath", (await response.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_out_of_range_is_refused()
    {
        using var seeded = new SeededHistory();
        await using var api = new ModelApiFactory(TestModel.Directory, seeded.Settings);
        using var client = api.CreateClient();

        using var response = await client.GetAsync(new Uri("/history?last=0", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
