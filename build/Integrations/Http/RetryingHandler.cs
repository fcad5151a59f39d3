using System.Net;

namespace Mlops.Build.Integrations.Http;

/// <summary>
/// Retries transient failures (429, 5xx, timeouts, dropped connections) with back-off, honouring
/// Retry-After and the policy's service-specific rules. The request body is buffered so it can be resent.
/// </summary>
public sealed class RetryingHandler(RetryPolicy policy, TimeProvider? clock = null, Func<TimeSpan, CancellationToken, Task>? delay = null)
    : DelegatingHandler
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay = delay ?? Task.Delay;

    /// <summary>Raised before each wait, so a client can log "retrying in …" (never with secrets).</summary>
    public event Action<RetryAttempt>? Retrying;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            using var attemptRequest = Copy(request, body);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(policy.AttemptTimeout);
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(attemptRequest, timeout.Token);
            }
            catch (Exception exception) when (IsTransientFailure(exception, cancellationToken) && attempt < policy.MaxAttempts && MayResend(request))
            {
                await WaitAsync(new RetryAttempt(request, attempt, null, exception.Message, policy.Backoff(attempt)), cancellationToken);
                continue;
            }
            catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"{request.Method} {request.RequestUri?.AbsolutePath} did not answer within {policy.AttemptTimeout.TotalSeconds:0.#} s ({attempt} attempts).",
                    exception);
            }

            var decision = Decide(response, attempt);
            if (!decision.Retry)
            {
                return response;
            }

            response.Dispose();
            await WaitAsync(new RetryAttempt(request, attempt, response.StatusCode, null, decision.Wait), cancellationToken);
        }
    }

    private RetryDecision Decide(HttpResponseMessage response, int attempt)
    {
        if (attempt >= policy.MaxAttempts)
        {
            return RetryDecision.No;
        }

        var now = _clock.GetUtcNow();
        var decision = policy.Classify?.Invoke(response, now);
        if (decision is null && RetryPolicy.IsTransient(response.StatusCode))
        {
            decision = RetryDecision.After(RetryPolicy.RetryAfter(response, now) ?? policy.Backoff(attempt));
        }

        // A wait longer than the policy allows is not worth holding the build for: fail with the answer.
        return decision is { Retry: true } && decision.Wait <= policy.MaxWait ? decision : RetryDecision.No;
    }

    private async Task WaitAsync(RetryAttempt attempt, CancellationToken cancellationToken)
    {
        Retrying?.Invoke(attempt);
        await _delay(attempt.Wait, cancellationToken);
    }

    private bool MayResend(HttpRequestMessage request) => policy.MayResendUnanswered?.Invoke(request) ?? true;

    private static bool IsTransientFailure(Exception exception, CancellationToken callerToken) =>
        exception is HttpRequestException or IOException
        || (exception is OperationCanceledException && !callerToken.IsCancellationRequested);

    private static HttpRequestMessage Copy(HttpRequestMessage request, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in request.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        foreach (var option in request.Options)
        {
            copy.Options.Set(new HttpRequestOptionsKey<object?>(option.Key), option.Value);
        }

        return copy;
    }
}

/// <summary>One retry about to happen: what failed and how long the client waits.</summary>
public sealed record RetryAttempt(HttpRequestMessage Request, int Attempt, HttpStatusCode? Status, string? Failure, TimeSpan Wait)
{
    public string Describe() =>
        $"{Request.Method} {Request.RequestUri?.AbsolutePath}: {(Status is { } s ? $"{(int)s} {s}" : Failure)}; attempt {Attempt}, retrying in {Wait.TotalSeconds:0.#} s";
}
