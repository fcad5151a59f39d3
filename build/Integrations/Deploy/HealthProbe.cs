using System.Net.Http.Json;
using System.Text.Json;

namespace Mlops.Build.Integrations.Deploy;

/// <summary>Polls <c>/health</c> until it answers, within a bounded wait, and reads the model version it reports.</summary>
public sealed class HealthProbe(HttpClient http, TimeSpan pollInterval, TimeSpan timeout)
{
    /// <param name="gaveUp">Says why waiting longer is pointless (e.g. the process exited), or null to go on.</param>
    public async Task<HealthAnswer> WaitAsync(Uri baseAddress, Func<string?> gaveUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gaveUp);
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(timeout);
        var lastProblem = "no answer yet";
        try
        {
            while (true)
            {
                if (gaveUp() is { } reason)
                {
                    return HealthAnswer.None(reason);
                }

                var answer = await AskAsync(new Uri(baseAddress, "health"), bound.Token);
                if (answer.Version is not null)
                {
                    return answer;
                }

                lastProblem = answer.Problem!;
                await Task.Delay(pollInterval, bound.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthAnswer.None($"{baseAddress}health gave no healthy answer within {timeout.TotalSeconds:0} s (last: {lastProblem})");
        }
    }

    private async Task<HealthAnswer> AskAsync(Uri health, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(health, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return HealthAnswer.None($"{health} answered {(int)response.StatusCode}");
            }

            var body = await response.Content.ReadFromJsonAsync<HealthBody>(cancellationToken);
            return body?.ModelVersion is { } version
                ? new HealthAnswer(version, null)
                : HealthAnswer.None($"{health} answered without a modelVersion");
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException)
        {
            return HealthAnswer.None($"{health}: {exception.Message}");
        }
    }

    private sealed record HealthBody(string? Status, string? ModelVersion);
}
