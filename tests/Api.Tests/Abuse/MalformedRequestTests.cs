using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Mlops.Api.Tests.Abuse;

/// <summary>
/// The corpus of malformed requests, sent as raw bytes to real Kestrel: each gets a 4xx with a problem-details
/// body, none a 5xx or silence, none echoes an oversized input, and none logs an error or a stack trace.
/// </summary>
public sealed class MalformedRequestTests(AbuseApiFactory api) : IClassFixture<AbuseApiFactory>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public static TheoryData<string> CaseNames => [.. MalformedRequests.All.Select(c => c.Name)];

    [Fact]
    public void The_corpus_holds_over_a_hundred_distinct_cases()
    {
        Assert.True(MalformedRequests.All.Count > 100, $"{MalformedRequests.All.Count} cases");
        Assert.Equal(MalformedRequests.All.Count, MalformedRequests.All.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_malformed_request_is_a_problem_details_4xx(string name)
    {
        var request = MalformedRequests.All.Single(c => c.Name == name);

        var response = await RawHttp.SendAsync(api.EndPoint, request, Timeout);

        Assert.True(response.Status is >= 400 and < 500, $"{name}: status {response.Status}, body {response.BodyText}");
        Assert.Equal("application/problem+json", response.ContentType?.Split(';')[0]);
        using var problem = JsonDocument.Parse(response.Body);
        Assert.Equal(response.Status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
        Assert.True(request.MustNotEcho.Length == 0 || response.Body.AsSpan().IndexOf(request.MustNotEcho) < 0, $"{name}: the answer echoes the oversized input");
        Assert.Empty(api.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Message));
        Assert.Empty(api.Logs.Exceptions.Select(e => e.ToString()));
    }
}
