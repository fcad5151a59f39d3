using System.Net.Http.Headers;

namespace Mlops.Build.Integrations.GitHub;

/// <summary>
/// What every request Octokit sends must carry, and where it may go: GitHub's media type and API version headers, and
/// the token only to the API's host or its uploads sibling. Octokit follows a Link header or an upload_url wherever it
/// points; a request carrying the token elsewhere is refused before it leaves.
/// </summary>
public sealed class GitHubRequestRules(Uri apiUrl) : DelegatingHandler
{
    public const string ApiVersion = "2022-11-28";
    public const string MediaType = "application/vnd.github+json";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.Authorization is not null && request.RequestUri is { } target && !ReleaseUploadUrl.IsGitHubHost(target, apiUrl))
        {
            throw new HttpRequestException(
                $"{request.Method} {target.GetLeftPart(UriPartial.Path)} is outside {apiUrl.GetLeftPart(UriPartial.Authority)}: refusing to send the token there.");
        }

        // Octokit asks for application/vnd.github.v3+json; GitHub documents application/vnd.github+json with a version header.
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaType));
        request.Headers.Remove("X-GitHub-Api-Version");
        request.Headers.Add("X-GitHub-Api-Version", ApiVersion);
        return base.SendAsync(request, cancellationToken);
    }
}
