namespace Mlops.Integrations.Tests.GitHub.Contracts;

/// <summary>Answers each request with the recorded GitHub answer for the same method, path and query.</summary>
internal sealed class FixtureReplayHandler(IReadOnlyList<OctokitFixture> fixtures) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var pathAndQuery = request.RequestUri!.PathAndQuery;
        var fixture = fixtures.FirstOrDefault(candidate => candidate.Method == request.Method.Method && candidate.Path == pathAndQuery)
            ?? throw new InvalidOperationException($"No recorded answer for {request.Method} {pathAndQuery}.");
        return Task.FromResult(fixture.ToResponse());
    }
}
