using System.Globalization;

namespace Mlops.Tools.HealthCheck;

/// <summary>
/// Asks the API in the same container for /ready on the port it listens on ($PORT, else 8080): exit code 0 when it
/// answers 200 within the timeout, 1 otherwise (Docker's convention for HEALTHCHECK), with one line saying why.
/// </summary>
public static class ReadinessCheck
{
    public const int DefaultPort = 8080;

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(string? port, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var number = string.IsNullOrWhiteSpace(port) ? DefaultPort : int.Parse(port, NumberStyles.None, CultureInfo.InvariantCulture);
        var url = new Uri($"http://127.0.0.1:{number.ToString(CultureInfo.InvariantCulture)}/ready");
        using var http = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            await output.WriteLineAsync($"{url} answered {(int)response.StatusCode}.");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync($"{url}: {exception.Message}");
            return 1;
        }
    }
}
