using System.Globalization;
using System.Text;

namespace Mlops.Api.Hosting;

/// <summary>
/// Kestrel's own answer to a request it cannot parse (a bad request line, bad headers, headers too large or too
/// slow, an HTTP version it does not serve) never reaches the app: it is a bare status line with
/// "Content-Length: 0" and "Connection: close". This turns that answer into the same problem details the API
/// gives for every other client error, and the version refusal (505) into the client error it is (400).
/// </summary>
internal static class RejectionResponse
{
    private const int MaxHeaderBytes = 1024;

    private static ReadOnlySpan<byte> StatusLineStart => "HTTP/1.1 "u8;

    private static ReadOnlySpan<byte> BareHeaders => "Content-Length: 0\r\nConnection: close\r\n"u8;

    private static ReadOnlySpan<byte> HeaderEnd => "\r\n\r\n"u8;

    /// <summary>The problem-details response replacing <paramref name="written"/>, or null when it is not a bare rejection.</summary>
    public static byte[]? TryRewrite(ReadOnlySpan<byte> written)
    {
        if (written.Length > MaxHeaderBytes || !written.StartsWith(StatusLineStart) || !written.EndsWith(HeaderEnd))
        {
            return null;
        }

        var lineEnd = written.IndexOf("\r\n"u8);
        var rest = written[(lineEnd + 2)..];
        // The app's own answers carry a Content-Type (problem details); only Kestrel's bare rejection has none.
        if (lineEnd < StatusLineStart.Length + 3 || !rest.StartsWith(BareHeaders) || rest.IndexOf("\r\nContent-Type:"u8) >= 0
            || !int.TryParse(written.Slice(StatusLineStart.Length, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var status)
            || status is < 400 or > 599 or 500)
        {
            return null;
        }

        // Date and Server stay as Kestrel wrote them; the final blank line is written after the new headers.
        var otherHeaders = Encoding.ASCII.GetString(rest[BareHeaders.Length..^2]);
        return Build(Describe(status), otherHeaders);
    }

    private static byte[] Build(Rejection rejection, string otherHeaders)
    {
        var code = rejection.Status.ToString(CultureInfo.InvariantCulture);
        var body = $$"""{"type":"{{rejection.Type}}","title":"{{rejection.Title}}","status":{{code}},"detail":"{{rejection.Detail}}"}""";
        var head = $"HTTP/1.1 {code} {rejection.Title}\r\nContent-Type: application/problem+json\r\n"
            + $"Content-Length: {Encoding.UTF8.GetByteCount(body).ToString(CultureInfo.InvariantCulture)}\r\nConnection: close\r\n{otherHeaders}\r\n";
        return Encoding.UTF8.GetBytes(head + body);
    }

    private static Rejection Describe(int status) => status switch
    {
        408 => new(408, "Request Timeout", "https://tools.ietf.org/html/rfc9110#section-15.5.9", "The request headers did not arrive in time."),
        411 => new(411, "Length Required", "https://tools.ietf.org/html/rfc9110#section-15.5.12", "The request has a body without Content-Length or chunked framing."),
        413 => new(413, "Content Too Large", "https://tools.ietf.org/html/rfc9110#section-15.5.14", "The request is larger than the server accepts."),
        414 => new(414, "URI Too Long", "https://tools.ietf.org/html/rfc9110#section-15.5.15", "The request target is longer than the server accepts."),
        431 => new(431, "Request Header Fields Too Large", "https://tools.ietf.org/html/rfc6585#section-5", "The request headers are larger than the server accepts."),
        505 => new(400, "Bad Request", "https://tools.ietf.org/html/rfc9110#section-15.5.1", "Only HTTP/1.1 and HTTP/1.0 requests are served here."),
        _ => new(400, "Bad Request", "https://tools.ietf.org/html/rfc9110#section-15.5.1", "The request is not valid HTTP/1.1: its request line, headers or framing could not be parsed."),
    };

    private readonly record struct Rejection(int Status, string Title, string Type, string Detail);
}
