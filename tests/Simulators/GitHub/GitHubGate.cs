using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Mlops.Simulators.GitHub;

/// <summary>
/// What happens to every request before an endpoint sees it: recorded, rate-limit headers set, the token checked,
/// the repository checked, and the next queued fault applied.
/// </summary>
public sealed class GitHubGate(string token, SimulatedRepository repo, GitHubFaults faults, List<RecordedRequest> requests)
{
    private const int CoreLimit = 5000;
    private int _used;

    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        await RecordAsync(http.Request);
        var used = Interlocked.Increment(ref _used);
        SetRateLimitHeaders(http, used, remainingOverride: null, DateTimeOffset.UtcNow.AddHours(1));
        if (!IsAuthorized(http.Request))
        {
            await GitHubAnswers.Error(StatusCodes.Status401Unauthorized, "Bad credentials").ExecuteAsync(http);
            return;
        }

        if (http.Request.Path.StartsWithSegments("/repos") && !IsOurRepository(http.Request.Path))
        {
            await GitHubAnswers.NotFound().ExecuteAsync(http);
            return;
        }

        await FaultInjector.RunAsync(http, faults.Take(http.Request.Method, http.Request.Path.Value ?? "/"), next, wait => SetRateLimitHeaders(http, used, 0, DateTimeOffset.UtcNow + wait));
    }

    private bool IsAuthorized(HttpRequest request) =>
        request.Headers.Authorization.FirstOrDefault() is { } value
        && (value == $"Bearer {token}" || value == $"token {token}");

    private bool IsOurRepository(PathString path)
    {
        var segments = path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 3
            && string.Equals(segments[1], repo.Owner, StringComparison.OrdinalIgnoreCase)
            && string.Equals(segments[2], repo.Name, StringComparison.OrdinalIgnoreCase);
    }

    private static void SetRateLimitHeaders(HttpContext http, int used, int? remainingOverride, DateTimeOffset reset)
    {
        var headers = http.Response.Headers;
        headers["x-ratelimit-limit"] = CoreLimit.ToString(CultureInfo.InvariantCulture);
        headers["x-ratelimit-remaining"] = (remainingOverride ?? Math.Max(0, CoreLimit - used)).ToString(CultureInfo.InvariantCulture);
        headers["x-ratelimit-used"] = used.ToString(CultureInfo.InvariantCulture);
        headers["x-ratelimit-reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        headers["x-ratelimit-resource"] = "core";
    }

    private async Task RecordAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync();
        request.Body.Position = 0;
        var headers = request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        lock (requests)
        {
            requests.Add(new RecordedRequest(request.Method, request.PathBase.Add(request.Path).Value ?? "/", request.QueryString.Value ?? string.Empty, headers, body));
        }
    }
}
