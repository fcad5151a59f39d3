using System.Net;

namespace Mlops.Build.Integrations.Http;

/// <summary>
/// How a service client retries: which answers are transient, how long to wait, and when to give up.
/// The waits are bounded so a scheduled job never hangs on a service.
/// </summary>
public sealed record RetryPolicy
{
    public int MaxAttempts { get; init; } = 4;

    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait a service may ask for (Retry-After, a rate-limit reset) before the call fails instead.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The time one attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>A service-specific reading of an answer: a wait for a retryable answer, or null to use the default rules.</summary>
    public Func<HttpResponseMessage, DateTimeOffset, RetryDecision?>? Classify { get; init; }

    /// <summary>
    /// Whether a request that got no answer (dropped connection, attempt timeout) may be sent again as it is; null: every
    /// request may. A create whose answer was lost may have been carried out, so a service can keep it for its caller.
    /// </summary>
    public Func<HttpRequestMessage, bool>? MayResendUnanswered { get; init; }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests
            or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout
            or HttpStatusCode.RequestTimeout;

    /// <summary>Exponential back-off with a little jitter, so parallel clients do not retry in step.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var exponential = InitialBackoff.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var jitter = 1 + (Random.Shared.NextDouble() * 0.2);
        return TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, exponential * jitter));
    }

    /// <summary>The wait the answer asks for through Retry-After (seconds or an HTTP date), if any.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? Max(date - now, TimeSpan.Zero) : null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

/// <summary>Whether to retry an answer and how long to wait first.</summary>
public sealed record RetryDecision(bool Retry, TimeSpan Wait)
{
    public static RetryDecision No { get; } = new(false, TimeSpan.Zero);

    public static RetryDecision After(TimeSpan wait) => new(true, wait);
}
