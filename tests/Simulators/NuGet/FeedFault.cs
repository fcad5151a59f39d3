using System.Net;

namespace Mlops.Simulators.NuGet;

/// <summary>One injected misbehaviour: an error status, a slow answer or a dropped connection, optionally only for one HTTP method.</summary>
public sealed record FeedFault(HttpStatusCode? Status = null, TimeSpan Delay = default, bool Drop = false, string? Method = null, TimeSpan? RetryAfter = null)
{
    public bool Matches(string method) => Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase);
}
