namespace Mlops.Simulators.GitHub;

/// <summary>A misbehaviour the simulator can answer the next calls with.</summary>
public sealed record GitHubFault(GitHubFaultKind Kind, int Status, TimeSpan Wait)
{
    /// <summary>The primary limit: 403 (or 429) with x-ratelimit-remaining 0 and a reset <paramref name="resetIn"/> from now.</summary>
    public static GitHubFault PrimaryRateLimit(TimeSpan resetIn, int status = 403) => new(GitHubFaultKind.PrimaryRateLimit, status, resetIn);

    /// <summary>The secondary limit, with retry-after when <paramref name="retryAfter"/> is given.</summary>
    public static GitHubFault SecondaryRateLimit(TimeSpan? retryAfter, int status = 403) =>
        new(GitHubFaultKind.SecondaryRateLimit, status, retryAfter ?? TimeSpan.MinValue);

    public static GitHubFault ServerError(int status = 500) => new(GitHubFaultKind.ServerError, status, TimeSpan.Zero);

    /// <summary>Carries out the call, then answers 502 as if the answer were lost on the way back.</summary>
    public static GitHubFault ServerErrorAfterCommit() => new(GitHubFaultKind.ServerErrorAfterCommit, 502, TimeSpan.Zero);

    public static GitHubFault Slow(TimeSpan delay) => new(GitHubFaultKind.Slow, 200, delay);

    public static GitHubFault DropConnection() => new(GitHubFaultKind.DropConnection, 0, TimeSpan.Zero);

    /// <summary>Carries out the call, then drops the connection without a reply, as when the answer is lost in transport.</summary>
    public static GitHubFault DropAfterCommit() => new(GitHubFaultKind.DropAfterCommit, 0, TimeSpan.Zero);

    public bool HasRetryAfter => Wait != TimeSpan.MinValue;
}

/// <summary>The kinds of fault the simulator injects.</summary>
public enum GitHubFaultKind
{
    PrimaryRateLimit,
    SecondaryRateLimit,
    ServerError,
    ServerErrorAfterCommit,
    Slow,
    DropConnection,
    DropAfterCommit,
}
