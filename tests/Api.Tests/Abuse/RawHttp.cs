using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Mlops.Api.Tests.Abuse;

/// <summary>
/// Sends a <see cref="RawCase"/> on a fresh TCP connection and reads one HTTP/1.1 response (Content-Length,
/// chunked, or until the server closes). Deliberately not HttpClient: it must be able to send anything.
/// </summary>
public static class RawHttp
{
    private const int MaxResponseBytes = 8 * 1024 * 1024;

    public static async Task<RawResponse> SendAsync(IPEndPoint server, RawCase request, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(server, limit.Token);
        var stream = client.GetStream();
        var received = new List<byte>();
        var reading = ReadAsync(stream, received, limit.Token);
        try
        {
            await stream.WriteAsync(request.Request, limit.Token);
            await TrickleAsync(stream, request, reading, limit.Token);
        }
        catch (IOException)
        {
            // The server may close while a large or slow request is still being sent; its answer is what counts.
        }

        await reading;
        return Parse([.. received]);
    }

    private static async Task TrickleAsync(NetworkStream stream, RawCase request, Task reading, CancellationToken cancellationToken)
    {
        foreach (var b in request.Trickle)
        {
            if (await Task.WhenAny(reading, Task.Delay(request.TrickleInterval, cancellationToken)) == reading)
            {
                return;
            }

            await stream.WriteAsync(new[] { b }, cancellationToken);
        }
    }

    private static async Task ReadAsync(NetworkStream stream, List<byte> received, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (received.Count < MaxResponseBytes && !IsComplete(received))
            {
                var read = await stream.ReadAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    return;
                }

                received.AddRange(buffer.AsSpan(0, read));
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
            // A reset after the answer, or no answer in time: what arrived is parsed as it is.
        }
    }

    private static bool IsComplete(List<byte> received)
    {
        var text = Encoding.Latin1.GetString([.. received]);
        var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headerEnd < 0)
        {
            return false;
        }

        var head = text[..headerEnd];
        var body = text.Length - headerEnd - 4;
        if (Header(head, "Transfer-Encoding") is { } encoding && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            return text.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
        }

        return Header(head, "Content-Length") is { } length && body >= int.Parse(length, CultureInfo.InvariantCulture);
    }

    private static RawResponse Parse(byte[] received)
    {
        var text = Encoding.Latin1.GetString(received);
        var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headerEnd < 0 || !text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) || text.Length < 12)
        {
            return RawResponse.None;
        }

        var head = text[..headerEnd];
        var body = received.AsSpan(headerEnd + 4).ToArray();
        if (Header(head, "Transfer-Encoding") is { } encoding && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        return new RawResponse(int.Parse(text.AsSpan(9, 3), CultureInfo.InvariantCulture), Header(head, "Content-Type"), body);
    }

    private static byte[] Dechunk(byte[] chunked)
    {
        var output = new List<byte>();
        var position = 0;
        while (position < chunked.Length)
        {
            var lineEnd = chunked.AsSpan(position).IndexOf("\r\n"u8);
            if (lineEnd < 0 || !int.TryParse(Encoding.ASCII.GetString(chunked, position, lineEnd).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size == 0)
            {
                break;
            }

            position += lineEnd + 2;
            output.AddRange(chunked.AsSpan(position, Math.Min(size, chunked.Length - position)));
            position += size + 2;
        }

        return [.. output];
    }

    private static string? Header(string head, string name) =>
        head.Split("\r\n").Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
}
