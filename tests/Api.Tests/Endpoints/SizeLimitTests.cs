using System.Net;
using Mlops.Api.Tests.Fixtures;

namespace Mlops.Api.Tests.Endpoints;

/// <summary>The API with small limits, so that going over them is cheap to test.</summary>
public sealed class SizeLimitTests : IDisposable
{
    private readonly ModelApiFactory _factory = new(TestModel.Directory, new Dictionary<string, string>
    {
        ["Api:MaxBatchSize"] = "2",
        ["Api:MaxRequestBodyBytes"] = "512",
    });

    private const string Record = """{"tenure_months": 12}""";

    [Theory]
    [InlineData("/predict")]
    [InlineData("/predict/batch")]
    public async Task A_body_over_the_size_limit_is_a_413(string path)
    {
        using var response = await _factory.CreateClient().PostJsonAsync(path, Record + new string(' ', 600));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Api:MaxRequestBodyBytes", (await response.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_streamed_body_without_a_length_is_cut_off_at_the_limit_too()
    {
        using var content = new StreamContent(new UnseekableStream(new string(' ', 600) + Record));
        content.Headers.ContentType = HttpExtensions.Json;

        using var response = await _factory.CreateClient().PostAsync(new Uri("/predict", UriKind.Relative), content);

        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_batch_over_the_configured_count_is_a_413()
    {
        using var response = await _factory.CreateClient().PostJsonAsync("/predict/batch", $"[{Record},{Record},{Record}]");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 2 records", (await response.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_at_the_configured_count_is_scored()
    {
        using var response = await _factory.CreateClient().PostJsonAsync("/predict/batch", $"[{Record},{Record}]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>A body of unknown length, sent chunked, so that only reading it can find it too large.</summary>
    private sealed class UnseekableStream(string text) : MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))
    {
        public override bool CanSeek => false;
    }
}
