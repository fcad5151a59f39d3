using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mlops.Simulators.Databricks;

/// <summary>
/// A Databricks workspace on 127.0.0.1 (a free port) that follows the REST contract the build uses:
/// Git folders, jobs, runs with a state machine, the Files API, error bodies, rate limits and a bad token's 401.
/// </summary>
public sealed class DatabricksSimulator : IAsyncDisposable
{
    public const string DefaultToken = "dapi-simulated-token";

    private readonly WebApplication _app;
    private readonly List<DatabricksFault> _faults = [];
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();

    private DatabricksSimulator(WebApplication app, string token)
    {
        _app = app;
        Token = token;
    }

    public string Token { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public DatabricksWorkspace Workspace { get; } = new();

    /// <summary>Every call received, in order (after the token check).</summary>
    public IReadOnlyList<RecordedRequest> Requests { get { lock (_gate) { return [.. _requests]; } } }

    public static async Task<DatabricksSimulator> StartAsync(string token = DefaultToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var simulator = new DatabricksSimulator(builder.Build(), token);
        simulator.Configure();
        await simulator._app.StartAsync();
        var address = simulator._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        simulator.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return simulator;
    }

    /// <summary>Answers the next matching calls with the fault instead of (or, with AfterHandling, after) the real answer.</summary>
    public void Inject(DatabricksFault fault)
    {
        lock (_gate) { _faults.Add(fault); }
    }

    public int CountRequests(string method, string path) =>
        Requests.Count(r => r.Method == method && r.Path == path);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void Configure()
    {
        _app.Use(async (context, next) =>
        {
            if (context.Request.Headers.Authorization != $"Bearer {Token}")
            {
                await SimulatedError.Result(401, "UNAUTHENTICATED", "Invalid access token.").ExecuteAsync(context);
                return;
            }

            lock (_gate) { _requests.Add(new RecordedRequest(context.Request.Method, context.Request.Path, context.Request.QueryString.Value ?? string.Empty)); }
            await AnswerAsync(context, next);
        });
        DatabricksRoutes.Map(_app, Workspace, () => BaseAddress);
    }

    private async Task AnswerAsync(HttpContext context, RequestDelegate next)
    {
        var fault = TakeFault(context.Request.Method, context.Request.Path);
        if (fault is null)
        {
            await next(context);
            return;
        }

        if (fault.AfterHandling)
        {
            // Let the call take effect, then lose its answer.
            var realBody = context.Response.Body;
            context.Response.Body = new MemoryStream();
            await next(context);
            context.Response.Clear();
            context.Response.Body = realBody;
        }

        if (fault.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        await SimulatedError.Result(fault.Status, fault.ErrorCode, fault.Message).ExecuteAsync(context);
    }

    private DatabricksFault? TakeFault(string method, string path)
    {
        lock (_gate)
        {
            var index = _faults.FindIndex(f => f.Method == method && f.Path == path);
            if (index < 0)
            {
                return null;
            }

            var fault = _faults[index];
            if (fault.Times <= 1)
            {
                _faults.RemoveAt(index);
            }
            else
            {
                _faults[index] = fault with { Times = fault.Times - 1 };
            }

            return fault;
        }
    }
}

/// <summary>One call the simulator received.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query);
