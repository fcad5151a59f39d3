using System.Net.Http.Json;
using System.Text.Json;
using Mlops.Build.Integrations.Http;

namespace Mlops.Build.Integrations.GitHub;

/// <summary>
/// Sends one GitHub REST call and reads its answer: JSON in GitHub's conventions, pages through the Link header,
/// and a ServiceException naming the call, the status and GitHub's message (with the token masked) when it fails.
/// </summary>
public sealed class GitHubRest(HttpClient http, SecretMasker masker)
{
    public const string ServiceName = "GitHub";

    public async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, path, body, cancellationToken);
        await EnsureSuccessAsync(response, method, path, cancellationToken);
        return await ReadAsync<T>(response, method, path, cancellationToken);
    }

    /// <summary>Sends a call and hands back the answer whatever its status; the caller must dispose it.</summary>
    public async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.RelativeOrAbsolute));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: GitHubJson.Options);
        }

        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException or IOException)
        {
            throw new ServiceException(ServiceName, CallName(method, path), null, masker.Apply(exception.Message));
        }
    }

    /// <summary>Reads every page of a list call, following rel="next" of the Link header.</summary>
    public async Task<IReadOnlyList<T>> GetAllPagesAsync<T>(string path, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        for (string? next = path; next is not null;)
        {
            using var response = await SendRawAsync(HttpMethod.Get, next, null, cancellationToken);
            await EnsureSuccessAsync(response, HttpMethod.Get, next, cancellationToken);
            items.AddRange(await ReadAsync<List<T>>(response, HttpMethod.Get, next, cancellationToken));
            next = NextPage(response, next);
        }

        return items;
    }

    public async Task EnsureSuccessAsync(HttpResponseMessage response, HttpMethod method, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var error = await ReadErrorAsync(response, cancellationToken);
        var message = error?.Describe() ?? response.ReasonPhrase;
        if (GitHubRateLimits.IsExhausted(response) && GitHubRateLimits.ResetTime(response) is { } reset)
        {
            message += $" (rate limit exhausted until {reset:u})";
        }

        throw new ServiceException(ServiceName, CallName(method, path), response.StatusCode, masker.Apply(message));
    }

    public static async Task<GitHubError?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        try
        {
            return await response.Content.ReadFromJsonAsync<GitHubError>(GitHubJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The call is named by its method and path without the query: a search query may carry private text.
    public static string CallName(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        var withoutQuery = path.Split('?')[0];
        var relative = Uri.TryCreate(withoutQuery, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : "/" + withoutQuery.TrimStart('/');
        return $"{method.Method} {relative}";
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpMethod method, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(GitHubJson.Options, cancellationToken)
                ?? throw new JsonException("the answer was empty");
        }
        catch (JsonException exception)
        {
            throw new ServiceException(ServiceName, CallName(method, path), response.StatusCode, $"unexpected answer: {masker.Apply(exception.Message)}");
        }
    }

    // The token goes with every request, so a Link that leaves the API's base address is refused, never followed.
    private string? NextPage(HttpResponseMessage response, string current)
    {
        var next = LinkHeader.Next(response);
        if (next is null || http.BaseAddress is null || http.BaseAddress.IsBaseOf(next))
        {
            return next?.AbsoluteUri;
        }

        throw new ServiceException(ServiceName, CallName(HttpMethod.Get, current), response.StatusCode, $"the next page {next.GetLeftPart(UriPartial.Authority)} is outside {http.BaseAddress}");
    }
}
