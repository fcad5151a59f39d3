using System.Globalization;
using System.Text;

namespace Mlops.Api.Tests.Abuse;

/// <summary>
/// The corpus of malformed requests: bad request lines, bad headers, bad framing, slow clients, and JSON bodies
/// with invalid UTF-8, lone surrogates, oversized names and values. Every one deserves a 4xx with problem details.
/// The JSON cases name "tenure_months" (a number) and "contract" (a category), which every served model here has.
/// </summary>
public static class MalformedRequests
{
    private const string Host = "Host: 127.0.0.1\r\n";

    public static IReadOnlyList<RawCase> All { get; } = [.. RequestLines(), .. Headers(), .. Framing(), .. Routes(), .. Bodies(), .. Slow()];

    /// <summary>A valid record, for the share of good requests in a mixed load.</summary>
    public static RawCase Valid(string recordJson) => Post("valid record", "/predict", Encoding.UTF8.GetBytes(recordJson));

    private static IEnumerable<RawCase> RequestLines()
    {
        string[] lines =
        [
            "GET /health HTTP/1.2", "GET /health HTTP/2.0", "GET /health HTTP/0.9", "GET /health HTTP/1", "GET /health HTTPS/1.1",
            "GET /health", "GET  /health HTTP/1.1", "G@T /health HTTP/1.1", "GET\t/health HTTP/1.1",
            "GET /hea lth HTTP/1.1", "GET health HTTP/1.1", "GET /health\0 HTTP/1.1", "GET /health\x7f HTTP/1.1", "\x01GET /health HTTP/1.1",
            "GET /health HTTP/1.1 extra", "POST /predict?x=\x1b[31m HTTP/1.1", "GET * HTTP/1.1", "CONNECT /health HTTP/1.1",
            "GET /%zz HTTP/1.1", "GET /%c0%af HTTP/1.1", "GET /\xff\xfe HTTP/1.1", $"GET /{new string('a', 70_000)} HTTP/1.1",
            "GET /health?" + new string('q', 20_000) + " HTTP/1.1", "\r\nGET", "HTTP/1.1 200 OK",
        ];
        foreach (var line in lines)
        {
            yield return Raw($"request line: {Shorten(line)}", $"{line}\r\n{Host}Connection: close\r\n\r\n");
        }

    }

    private static IEnumerable<RawCase> Headers()
    {
        string[] headers =
        [
            string.Empty, "Host: a\r\nHost: b\r\n", "Host: a b\r\n", "Host: \x01\r\n",
            $"{Host}NoColon\r\n", $"{Host}Bad Name: x\r\n", $"{Host}X-Fold: a\r\n  folded\r\n", $"{Host} X-Leading-Space: x\r\n",
            $"{Host}X-Nul: a\0b\r\n", $"{Host}X-Cr: a\rb\r\n", $"{Host}: empty-name\r\n", $"{Host}X-Huge: {new string('h', 70_000)}\r\n",
            Host + string.Concat(Enumerable.Range(0, 300).Select(i => $"X-Many-{i}: v\r\n")),
            $"{Host}Content-Length: abc\r\n", $"{Host}Content-Length: -1\r\n", $"{Host}Content-Length: 1, 2\r\n",
            $"{Host}Content-Length: 5\r\nContent-Length: 6\r\n", $"{Host}Content-Length: 99999999999999999999\r\n",
            $"{Host}Transfer-Encoding: gzip\r\n", $"{Host}Transfer-Encoding: chunked, gzip\r\n", $"{Host}Transfer-Encoding: xchunked\r\n",
        ];
        foreach (var (header, i) in headers.Select((h, i) => (h, i)))
        {
            yield return Raw($"headers #{i.ToString(CultureInfo.InvariantCulture)}: {Shorten(header)}",
                $"POST /predict HTTP/1.1\r\n{header}Content-Type: application/json\r\nConnection: close\r\n\r\n{{}}");
        }
    }

    private static IEnumerable<RawCase> Framing()
    {
        string[] chunked =
        [
            "zz\r\n{}\r\n0\r\n\r\n", "-2\r\n{}\r\n0\r\n\r\n", "ffffffffffffffffff\r\n{}\r\n0\r\n\r\n", "2\r\n{}0\r\n\r\n",
            "2\r\n{}}}}}\r\n0\r\n\r\n", "2;" + new string('e', 10_000) + "\r\n{}\r\n0\r\n\r\n", "2\r\n{}\r\n0\r\nX-Trailer\r\n\r\n",
            "2\n{}\n0\n\n", " 2\r\n{}\r\n0\r\n\r\n", "0x2\r\n{}\r\n0\r\n\r\n",
        ];
        foreach (var body in chunked)
        {
            yield return Raw($"chunked: {Shorten(body)}",
                $"POST /predict HTTP/1.1\r\n{Host}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{body}");
        }

        yield return Raw("chunked and Content-Length",
            $"POST /predict HTTP/1.1\r\n{Host}Content-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n");
        yield return Raw("POST without a length", $"POST /predict HTTP/1.1\r\n{Host}Content-Type: application/json\r\nConnection: close\r\n\r\n");
    }

    private static IEnumerable<RawCase> Routes()
    {
        (string Method, string Path)[] routes =
        [
            ("DELETE", "/predict"), ("PUT", "/predict"), ("GET", "/predict"), ("PATCH", "/predict/batch"), ("POST", "/health"),
            ("TRACE", "/health"), ("GET", "/nowhere"), ("GET", "/predict/%2e%2e/health/x"), ("GET", "/../../etc/passwd"), ("FOO", "/ready"),
        ];
        return routes.Select(r => Raw($"route: {r.Method} {r.Path}", $"{r.Method} {r.Path} HTTP/1.1\r\n{Host}Connection: close\r\n\r\n"));
    }

    private static IEnumerable<RawCase> Bodies()
    {
        foreach (var (name, value) in TextAbuses())
        {
            yield return Record($"category value: {name}", [.. "{\"tenure_months\": 12, \"contract\": \""u8, .. value, .. "\"}"u8]);
            yield return Record($"property name: {name}", [.. "{\"tenure_months\": 12, \""u8, .. value, .. "\": 1}"u8]);
            yield return Batch($"batch category value: {name}", [.. "[{\"tenure_months\": 12, \"contract\": \""u8, .. value, .. "\"}]"u8]);
        }

        foreach (var (name, body) in JsonAbuses())
        {
            yield return Record($"body: {name}", body);
            yield return Batch($"batch body: {name}", body);
        }

        var filler = Encoding.ASCII.GetBytes(new string('k', 1024 * 1024));
        yield return Record("a 1 MB property name", [.. "{\"tenure_months\": 12, \""u8, .. filler, .. "\": 1}"u8]) with { MustNotEcho = filler[..100] };
        yield return Record("a 1 MB category", [.. "{\"tenure_months\": 12, \"contract\": \""u8, .. filler, .. "\"}"u8]) with { MustNotEcho = filler[..100] };
        yield return Record("a body over the 4 MB limit", [.. "{\"contract\": \""u8, .. Enumerable.Repeat((byte)'x', 5 * 1024 * 1024), .. "\"}"u8]);
        yield return Batch("a batch over the record limit", Encoding.ASCII.GetBytes($"[{string.Join(',', Enumerable.Repeat("{\"tenure_months\": 1}", 1001))}]"));
        yield return Post("text/plain body", "/predict", "{}"u8.ToArray(), "text/plain");
        yield return Post("UTF-16 JSON body", "/predict", Encoding.Unicode.GetBytes("{\"tenure_months\": 12}"), "application/json; charset=utf-16");
        yield return Post("no content type", "/predict", "{}"u8.ToArray(), null);
        yield return Post("content type garbage", "/predict", "{}"u8.ToArray(), "application/json; ;;; =\x01");
    }

    private static IEnumerable<(string Name, byte[] Value)> TextAbuses() =>
    [
        ("invalid byte FF", [0xFF]), ("invalid bytes FE FD", [0xFE, 0xFD]), ("lone continuation byte", [0x80]),
        ("truncated 2-byte sequence", [0xC3]), ("truncated 3-byte sequence", [0xE2, 0x82]), ("overlong slash C0 AF", [0xC0, 0xAF]),
        ("overlong NUL E0 80 80", [0xE0, 0x80, 0x80]), ("encoded surrogate ED A0 80", [0xED, 0xA0, 0x80]), ("above U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
        ("5-byte sequence", [0xF8, 0x88, 0x80, 0x80, 0x80]), ("lone high surrogate escape", "\\ud800"u8.ToArray()),
        ("lone low surrogate escape", "\\udc00"u8.ToArray()), ("high surrogate then letter", "\\ud800\\u0041"u8.ToArray()),
        ("reversed surrogate pair", "\\udc00\\ud800"u8.ToArray()), ("high surrogate at the end", "abc\\udbff"u8.ToArray()),
        ("raw NUL", [0x00]), ("raw newline", [0x0A]), ("bad escape", "\\x41"u8.ToArray()), ("short unicode escape", "\\u12"u8.ToArray()),
    ];

    private static IEnumerable<(string Name, byte[] Body)> JsonAbuses() =>
    [
        ("UTF-8 BOM then garbage", [0xEF, 0xBB, 0xBF, 0xFF]), ("UTF-16 BOM", [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]),
        ("invalid byte outside strings", [0x7B, 0xFF, 0x7D]), ("only whitespace", "   \r\n\t "u8.ToArray()),
        ("deep nesting", Encoding.ASCII.GetBytes(new string('[', 5000) + new string(']', 5000))),
        ("deep object nesting", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 2000)) + "1" + new string('}', 2000))),
        ("NaN", "{\"tenure_months\": NaN}"u8.ToArray()), ("Infinity", "{\"tenure_months\": Infinity}"u8.ToArray()),
        ("huge exponent", "{\"tenure_months\": 1e99999999}"u8.ToArray()), ("a 10 000 digit number", Encoding.ASCII.GetBytes($"{{\"tenure_months\": {new string('9', 10_000)}}}")),
        ("trailing comma", "{\"tenure_months\": 12,}"u8.ToArray()), ("comment", "{/* c */\"tenure_months\": 12}"u8.ToArray()),
        ("single quotes", "{'tenure_months': 12}"u8.ToArray()), ("a bare string", "\"hello\""u8.ToArray()), ("a bare number", "42"u8.ToArray()),
        ("null", "null"u8.ToArray()), ("two documents", "{}{}"u8.ToArray()), ("unterminated string", "{\"contract\": \"abc"u8.ToArray()),
        ("NUL bytes", [0x00, 0x00, 0x00, 0x00]),
    ];

    private static IEnumerable<RawCase> Slow()
    {
        yield return Raw("bare CR line endings", "GET /health HTTP/1.1\rHost: 127.0.0.1\r\r") with { AwaitsTimeout = true };
        yield return Raw("chunked body without its last chunk",
            $"POST /predict HTTP/1.1\r\n{Host}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{{}}\r\n") with { AwaitsTimeout = true };
        yield return new RawCase("slowloris headers", Encoding.ASCII.GetBytes($"GET /health HTTP/1.1\r\n{Host}X-Slow: "))
        {
            Trickle = Encoding.ASCII.GetBytes(new string('s', 60)),
        };
        yield return new RawCase("slow body", Encoding.ASCII.GetBytes($"POST /predict HTTP/1.1\r\n{Host}Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"contract\": \""))
        {
            Trickle = Encoding.ASCII.GetBytes(new string('b', 60)),
        };
        yield return new RawCase("slow chunked body", Encoding.ASCII.GetBytes($"POST /predict/batch HTTP/1.1\r\n{Host}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n3e8\r\n["))
        {
            Trickle = Encoding.ASCII.GetBytes(new string(' ', 60)),
        };
    }

    private static RawCase Record(string name, byte[] body) => Post(name, "/predict", body);

    private static RawCase Batch(string name, byte[] body) => Post(name, "/predict/batch", body);

    private static RawCase Post(string name, string path, byte[] body, string? contentType = "application/json")
    {
        var type = contentType is null ? string.Empty : $"Content-Type: {contentType}\r\n";
        var head = $"POST {path} HTTP/1.1\r\n{Host}{type}Content-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\nConnection: close\r\n\r\n";
        return new RawCase(name, [.. Encoding.Latin1.GetBytes(head), .. body]);
    }

    private static RawCase Raw(string name, string request) => new(name, Encoding.Latin1.GetBytes(request));

    private static string Shorten(string text)
    {
        var printable = string.Concat(text.Select(c => char.IsControl(c) ? $"\\x{(int)c:x2}" : c.ToString()));
        return printable.Length <= 40 ? printable : $"{printable[..40]}…";
    }
}
