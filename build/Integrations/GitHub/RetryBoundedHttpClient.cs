using Octokit;
using Octokit.Internal;

namespace Mlops.Build.Integrations.GitHub;

/// <summary>
/// Octokit's HttpClientAdapter with the retrying handler inside. Octokit gives every request one 100-second deadline
/// that would also cover the retries and the rate-limit waits (a secondary limit asks for a minute or more); here the
/// retry policy bounds each attempt and each wait instead, so that deadline is lifted.
/// </summary>
public sealed class RetryBoundedHttpClient(HttpMessageHandler handler) : IHttpClient
{
    private readonly HttpClientAdapter _adapter = CreateAdapter(handler);

    public Task<IResponse> Send(IRequest request, CancellationToken cancellationToken, Func<object, object>? preprocessResponseBody = null)
    {
        if (request is Request octokitRequest)
        {
            octokitRequest.Timeout = TimeSpan.Zero;
        }

        return _adapter.Send(request, cancellationToken, preprocessResponseBody);
    }

    public void SetRequestTimeout(TimeSpan timeout) => _adapter.SetRequestTimeout(timeout);

    public void Dispose() => _adapter.Dispose();

    private static HttpClientAdapter CreateAdapter(HttpMessageHandler handler)
    {
        var adapter = new HttpClientAdapter(() => handler);
        adapter.SetRequestTimeout(Timeout.InfiniteTimeSpan);
        return adapter;
    }
}
