using Microsoft.AspNetCore.WebUtilities;

namespace Mlops.Integrations.Tests.GitHub.Contracts;

/// <summary>
/// Answers each request with the recorded GitHub answer for the same method and path whose recorded query the request
/// carries (the client may add its own parameters, such as state=open).
/// </summary>
internal sealed class FixtureReplayHandler(IReadOnlyList<OctokitFixture> fixtures) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var sent = QueryHelpers.ParseQuery(uri.Query);
        var fixture = fixtures.FirstOrDefault(candidate => candidate.Method == request.Method.Method && Matches(candidate.Path, uri.AbsolutePath, sent))
            ?? throw new InvalidOperationException($"No recorded answer for {request.Method} {uri.PathAndQuery}.");
        return Task.FromResult(fixture.ToResponse());
    }

    private static bool Matches(string recorded, string path, Dictionary<string, Microsoft.Extensions.Primitives.StringValues> sent)
    {
        var parts = recorded.Split('?', 2);
        var query = QueryHelpers.ParseQuery(parts.Length > 1 ? parts[1] : string.Empty);
        return parts[0] == path && query.All(parameter => sent.TryGetValue(parameter.Key, out var value) && value == parameter.Value);
    }
}
