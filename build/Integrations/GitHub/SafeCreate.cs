using System.Net;
using Mlops.Build.Integrations.Http;

namespace Mlops.Build.Integrations.GitHub;

/// <summary>
/// A create that is safe to retry. The transport never resends a POST whose answer was lost or was a 5xx (the write
/// may have happened); here, after a back-off, the caller's look-up searches for what the create may have made, and
/// only when it finds nothing is the create sent again.
/// </summary>
public sealed class SafeCreate(RetryPolicy policy, Func<TimeSpan, CancellationToken, Task> delay, Action<string> log)
{
    public async Task<T> RunAsync<T>(string what, Func<CancellationToken, Task<T>> create, Func<CancellationToken, Task<T?>> findMade, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(findMade);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await create(cancellationToken);
            }
            catch (ServiceException exception) when (OutcomeUnknown(exception) && attempt < policy.MaxAttempts)
            {
                var wait = policy.Backoff(attempt);
                log($"GitHub: {what}: {exception.ServiceMessage ?? exception.Status?.ToString()}; it may have been made, so it is looked for in {wait.TotalSeconds:0.#} s before it is sent again (attempt {attempt}).");
                await delay(wait, cancellationToken);
                if (await findMade(cancellationToken) is { } made)
                {
                    return made;
                }
            }
        }
    }

    /// <summary>No answer, or a server error: the write may or may not have happened.</summary>
    public static bool OutcomeUnknown(ServiceException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Status is null || (int)exception.Status.Value >= (int)HttpStatusCode.InternalServerError;
    }
}
