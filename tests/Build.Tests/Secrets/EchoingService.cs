using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Mlops.Build.Tests.Secrets;

/// <summary>
/// A service on 127.0.0.1 that repeats every given text in its errors, as a careless real one might: first a 503
/// (so the client retries and logs the attempt), then Railway's GraphQL shape, HTTP 200 with errors[].
/// </summary>
internal sealed class EchoingService : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _echo;
    private int _requests;

    public EchoingService(IEnumerable<string> echoed)
    {
        _echo = string.Join(" ", echoed);
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/graphql/v2");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = ServeAsync();
    }

    public Uri Url { get; }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var first = Interlocked.Increment(ref _requests) == 1;
            context.Response.StatusCode = first ? 503 : 200;
            context.Response.ContentType = "application/json";
            var body = first
                ? $"upstream failed for {_echo}"
                : JsonSerializer.Serialize(new { errors = new[] { new { message = $"Not Authorized: {_echo}" } } });
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(body));
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
