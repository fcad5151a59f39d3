using System.Net;
using System.Net.Http.Headers;
using Mlops.Build.Integrations.Http;
using NuGet.Packaging.Core;

namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>
/// Pushes to a v3 feed's PackagePublish/2.0.0 endpoint: PUT multipart with the package as the first part and the key in
/// X-NuGet-ApiKey. Transient answers are retried by the client's <see cref="RetryingHandler"/>; a rejected key fails at once.
/// </summary>
internal sealed class HttpFeedPublisher(HttpClient client, Uri publishUri, string apiKey, string apiKeySetting, SecretMasker masker) : IPackagePublisher
{
    private const string Service = "NuGet feed";
    private const string ApiKeyHeader = "X-NuGet-ApiKey";

    public async Task PublishAsync(string nupkgPath, PackageIdentity identity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, publishUri) { Content = await PackageContentAsync(nupkgPath, cancellationToken) };
        request.Headers.Add(ApiKeyHeader, apiKey);
        using var response = await client.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var call = $"push {identity}";
        var body = masker.Apply(await response.Content.ReadAsStringAsync(cancellationToken));
        throw response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new ServiceException(
                Service, call, response.StatusCode, $"the feed rejected the API key ({apiKeySetting}); check that it is valid and may push this package. {body}".Trim()),
            HttpStatusCode.Conflict => new PackageVersionConflictException(
                $"{identity} appeared on {publishUri.GetLeftPart(UriPartial.Authority)} while it was being pushed; run the build again to compare it with this package."),
            _ => new ServiceException(Service, call, response.StatusCode, body),
        };
    }

    private static async Task<MultipartFormDataContent> PackageContentAsync(string nupkgPath, CancellationToken cancellationToken)
    {
        var package = new ByteArrayContent(await File.ReadAllBytesAsync(nupkgPath, cancellationToken));
        package.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { package, "package", "package.nupkg" } };
    }
}
