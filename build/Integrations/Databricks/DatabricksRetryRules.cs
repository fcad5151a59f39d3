using System.Net;
using Mlops.Build.Integrations.Http;

namespace Mlops.Build.Integrations.Databricks;

/// <summary>
/// Databricks documents 429 and 503 as the answers to retry (honouring Retry-After). Any other error,
/// a 500 included, is final: a failed POST such as run-now may already have acted.
/// </summary>
public static class DatabricksRetryRules
{
    public static RetryPolicy Policy(RetryPolicy? basis = null) => (basis ?? new RetryPolicy()) with { Classify = Classify };

    public static RetryDecision? Classify(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode)
        {
            return RetryDecision.No;
        }

        // A null wait here lets the handler fall back to its own back-off for the transient answers.
        return response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
            ? null
            : RetryDecision.No;
    }
}
