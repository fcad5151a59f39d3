using System.Globalization;
using System.Net;
using System.Text.Json;
using Mlops.Build.Integrations.Http;

namespace Mlops.Build.Integrations.GitHub;

/// <summary>
/// GitHub's rate-limit rules as a retry classifier. Primary limit: 403/429 with x-ratelimit-remaining 0, wait until
/// x-ratelimit-reset. Secondary limit: 403/429 whose message says "secondary rate limit": honour retry-after, else
/// wait at least a minute, longer on each consecutive hit (GitHub's own advice). The policy bounds every wait.
/// A POST answered with 5xx, or not answered at all, is not resent here: the write may have happened, and only the
/// caller can look for what it made first (<see cref="SafeCreate"/>).
/// </summary>
public sealed class GitHubRateLimits
{
    public const string RemainingHeader = "x-ratelimit-remaining";
    public const string ResetHeader = "x-ratelimit-reset";

    private static readonly TimeSpan SecondaryMinimumWait = TimeSpan.FromMinutes(1);

    // Consecutive secondary-limit answers seen by this client: the secondary limit throttles the client, not one call.
    private int _secondaryHits;

    public RetryDecision? Classify(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (IsPostWithUnknownOutcome(response))
        {
            return RetryDecision.No;
        }

        if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests))
        {
            Interlocked.Exchange(ref _secondaryHits, 0);
            return null;
        }

        if (IsSecondaryLimit(response))
        {
            var hits = Interlocked.Increment(ref _secondaryHits);
            var wait = RetryPolicy.RetryAfter(response, now) ?? SecondaryMinimumWait * Math.Pow(2, hits - 1);
            return RetryDecision.After(wait);
        }

        if (ResetTime(response) is { } reset && IsExhausted(response))
        {
            return RetryDecision.After(reset > now ? reset - now : TimeSpan.Zero);
        }

        // A 403 that is no rate limit is a permission problem: retrying will not help.
        return response.StatusCode == HttpStatusCode.Forbidden ? RetryDecision.No : null;
    }

    /// <summary>Only a request that makes nothing new may be resent blindly when its answer is lost.</summary>
    public static bool MayResendUnanswered(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Method != HttpMethod.Post;
    }

    private static bool IsExhausted(HttpResponseMessage response) => Header(response, RemainingHeader) == "0";

    private static DateTimeOffset? ResetTime(HttpResponseMessage response) => ParseReset(Header(response, ResetHeader));

    /// <summary>x-ratelimit-reset: the epoch second the limit resets at.</summary>
    public static DateTimeOffset? ParseReset(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var epochSeconds)
            ? DateTimeOffset.FromUnixTimeSeconds(epochSeconds)
            : null;

    private static bool IsPostWithUnknownOutcome(HttpResponseMessage response) =>
        response.RequestMessage?.Method == HttpMethod.Post && (int)response.StatusCode >= (int)HttpStatusCode.InternalServerError;

    private static bool IsSecondaryLimit(HttpResponseMessage response)
    {
        // The error body was buffered by ErrorBufferingHandler; HttpContent hands out one shared stream, so it is
        // rewound, not disposed, for Octokit to read GitHub's message afterwards.
        var stream = response.Content.ReadAsStream();
        try
        {
            using var error = JsonDocument.Parse(stream);
            return error.RootElement.ValueKind == JsonValueKind.Object
                && error.RootElement.TryGetProperty("message", out var message)
                && message.ValueKind == JsonValueKind.String
                && message.GetString()!.Contains("secondary rate limit", StringComparison.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return false;
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
