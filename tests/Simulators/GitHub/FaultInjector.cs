using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Mlops.Simulators.GitHub;

/// <summary>Answers one request with a fault instead of (or after) the endpoint, shaped as GitHub answers.</summary>
public static class FaultInjector
{
    public const string PrimaryMessage = "API rate limit exceeded for user ID 1.";
    public const string SecondaryMessage = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";

    /// <param name="exhaust">Sets x-ratelimit-remaining to 0 with a reset after the given wait.</param>
    public static async Task RunAsync(HttpContext http, GitHubFault? fault, RequestDelegate next, Action<TimeSpan> exhaust)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(exhaust);
        switch (fault?.Kind)
        {
            case null:
                await next(http);
                break;
            case GitHubFaultKind.PrimaryRateLimit:
                exhaust(fault.Wait);
                await GitHubAnswers.Error(fault.Status, PrimaryMessage).ExecuteAsync(http);
                break;
            case GitHubFaultKind.SecondaryRateLimit:
                if (fault.HasRetryAfter)
                {
                    http.Response.Headers.RetryAfter = ((int)fault.Wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                await GitHubAnswers.Error(fault.Status, SecondaryMessage).ExecuteAsync(http);
                break;
            case GitHubFaultKind.ServerError:
                await GitHubAnswers.Error(fault.Status, "Server Error").ExecuteAsync(http);
                break;
            case GitHubFaultKind.ServerErrorAfterCommit:
                await RunThenFailAsync(http, next, fault.Status);
                break;
            case GitHubFaultKind.Slow:
                await Task.Delay(fault.Wait, http.RequestAborted);
                await next(http);
                break;
            case GitHubFaultKind.DropConnection:
                http.Abort();
                break;
            case GitHubFaultKind.DropAfterCommit:
                await RunDiscardingAnswerAsync(http, next);
                http.Abort();
                break;
        }
    }

    // The endpoint runs and its change stays; its answer is thrown away, as when a proxy loses it.
    private static async Task RunThenFailAsync(HttpContext http, RequestDelegate next, int status)
    {
        await RunDiscardingAnswerAsync(http, next);
        http.Response.Headers.Remove("Location");
        await GitHubAnswers.Error(status, "Bad Gateway").ExecuteAsync(http);
    }

    // The endpoint writes its answer into a buffer that is thrown away; nothing has reached the client yet.
    private static async Task RunDiscardingAnswerAsync(HttpContext http, RequestDelegate next)
    {
        var original = http.Response.Body;
        await using (var discarded = new MemoryStream())
        {
            http.Response.Body = discarded;
            await next(http);
        }

        http.Response.Body = original;
    }
}
