using Mlops.Build.Integrations.Http;
using Gh = Octokit;

namespace Mlops.Build.Integrations.GitHub;

/// <summary>
/// Runs one Octokit call and turns its failures into a ServiceException naming the call (method and path, never the
/// query), the status and GitHub's own message with the validation details and the rate-limit reset, the token masked.
/// </summary>
public sealed class GitHubCalls(SecretMasker masker)
{
    public const string ServiceName = "GitHub";

    public async Task<T> RunAsync<T>(string call, Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return await action();
        }
        catch (Gh.ApiException exception)
        {
            throw new ServiceException(ServiceName, call, exception.StatusCode, masker.Apply(Describe(exception)));
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException or IOException)
        {
            throw new ServiceException(ServiceName, call, null, masker.Apply(exception.Message));
        }
    }

    private static string Describe(Gh.ApiException exception)
    {
        var error = exception.ApiError;
        var details = error?.Errors is { Count: > 0 } errors ? $" ({string.Join("; ", errors.Select(Describe))})" : string.Empty;
        var message = $"{error?.Message ?? exception.Message}{details}";
        return RateLimitReset(exception.HttpResponse) is { } reset ? $"{message} (rate limit exhausted until {reset:u})" : message;
    }

    private static string Describe(Gh.ApiErrorDetail detail)
    {
        var where = string.Join('.', new[] { detail.Resource, detail.Field }.Where(part => !string.IsNullOrEmpty(part)));
        var what = string.Join(": ", new[] { detail.Code, detail.Message }.Where(part => !string.IsNullOrEmpty(part)));
        return string.IsNullOrEmpty(where) ? what : $"{where} {what}";
    }

    private static DateTimeOffset? RateLimitReset(Gh.IResponse? response)
    {
        string? Header(string name) =>
            response?.Headers?.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        return Header(GitHubRateLimits.RemainingHeader) == "0" ? GitHubRateLimits.ParseReset(Header(GitHubRateLimits.ResetHeader)) : null;
    }
}
