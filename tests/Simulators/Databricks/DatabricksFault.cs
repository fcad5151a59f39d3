namespace Mlops.Simulators.Databricks;

/// <summary>
/// An answer the simulator gives instead of the real one, the next <see cref="Times"/> calls to a path.
/// With <see cref="AfterHandling"/>, the call takes effect first and only its answer is lost, as when a
/// connection drops after the service has acted.
/// </summary>
public sealed record DatabricksFault(
    string Method,
    string Path,
    int Status,
    string ErrorCode,
    string Message,
    TimeSpan? RetryAfter = null,
    int Times = 1,
    bool AfterHandling = false)
{
    public static DatabricksFault RateLimited(string method, string path, TimeSpan retryAfter, int times = 1) =>
        new(method, path, 429, "REQUEST_LIMIT_EXCEEDED", "The request rate limit was exceeded. Try again later.", retryAfter, times);

    public static DatabricksFault Unavailable(string method, string path, int times = 1, bool afterHandling = false) =>
        new(method, path, 503, "TEMPORARILY_UNAVAILABLE", "The service is temporarily unavailable.", null, times, afterHandling);

    public static DatabricksFault InternalError(string method, string path, int times = 1) =>
        new(method, path, 500, "INTERNAL_ERROR", "An internal error occurred.", null, times);
}
