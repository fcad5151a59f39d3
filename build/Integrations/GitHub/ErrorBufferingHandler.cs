namespace Mlops.Build.Integrations.GitHub;

/// <summary>
/// Buffers the body of every unsuccessful answer, so the rate-limit classifier can read GitHub's message and the
/// client can still read it afterwards for the error it raises.
/// </summary>
public sealed class ErrorBufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
        }

        return response;
    }
}
