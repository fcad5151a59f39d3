using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mlops.Simulators.NuGet;

/// <summary>
/// A NuGet v3 feed on 127.0.0.1 that follows the contract in shared/contracts/README.md: a service index, the flat
/// container (PackageBaseAddress/3.0.0, which NuGet.Protocol's FindPackageByIdResource reads), and push
/// (PackagePublish/2.0.0: PUT multipart, X-NuGet-ApiKey, 201/409/401/403/400). Faults are injected per answer.
/// </summary>
public sealed class NuGetFeedSimulator : IAsyncDisposable
{
    public const string PublishPath = "/api/v2/package";
    public const string FlatContainerPath = "/v3-flatcontainer";

    private readonly WebApplication _app;
    private readonly Queue<FeedFault> _faults = new();
    private readonly Lock _faultGate = new();
    private readonly ConcurrentDictionary<(string Id, string Version), PublishedPackage> _packages = new();
    private readonly ConcurrentQueue<string> _requests = new();

    private NuGetFeedSimulator(WebApplication app, string apiKey)
    {
        _app = app;
        ApiKey = apiKey;
        _app.Use(InjectFaultAsync);
        _app.Use(RequireKeyToReadAsync);
        _app.MapGet("/v3/index.json", ServiceIndex);
        _app.MapGet(FlatContainerPath + "/{id}/index.json", Versions);
        _app.MapGet(FlatContainerPath + "/{id}/{version}/{file}", Download);
        _app.MapPut(PublishPath, PushAsync); // routing also matches the trailing slash NuGet clients add
    }

    /// <summary>The only key the feed accepts for pushes.</summary>
    public string ApiKey { get; }

    public Uri BaseUri { get; private set; } = null!;

    public Uri ServiceIndexUri => new(BaseUri, "v3/index.json");

    /// <summary>Every request the feed answered or faulted, as "METHOD /path".</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>
    /// As GitHub Packages and most private feeds: every read needs the key too, as the password of Basic
    /// authentication (answered 401 with a Basic challenge, which is when NuGet clients send their credentials).
    /// </summary>
    public bool RequireKeyToRead { get; set; }

    public int PushAttempts => _requests.Count(r => r.StartsWith("PUT ", StringComparison.Ordinal));

    public static async Task<NuGetFeedSimulator> StartAsync(string apiKey = "simulated-api-key")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var simulator = new NuGetFeedSimulator(builder.Build(), apiKey);
        await simulator._app.StartAsync();
        var address = simulator._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        simulator.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return simulator;
    }

    /// <summary>The next <paramref name="count"/> matching answers are <paramref name="status"/> instead of the real one.</summary>
    public void FailNext(int count, HttpStatusCode status, string? method = null, TimeSpan? retryAfter = null) =>
        Enqueue(count, new FeedFault(Status: status, Method: method, RetryAfter: retryAfter));

    /// <summary>The next matching answer comes only after <paramref name="delay"/>.</summary>
    public void DelayNext(TimeSpan delay, string? method = null) => Enqueue(1, new FeedFault(Delay: delay, Method: method));

    /// <summary>The next <paramref name="count"/> matching requests lose their connection without an answer.</summary>
    public void DropNext(int count, string? method = null) => Enqueue(count, new FeedFault(Drop: true, Method: method));

    /// <summary>Puts a package on the feed directly, as an earlier publish would have.</summary>
    public void Seed(byte[] nupkg)
    {
        var identity = NuspecIdentity.TryRead(nupkg) ?? throw new ArgumentException("Not a package with a .nuspec.", nameof(nupkg));
        Store(identity.Id, identity.Version, nupkg);
    }

    public byte[]? Package(string id, string version) =>
        _packages.TryGetValue((id.ToLowerInvariant(), Normalize(version)), out var package) ? package.Bytes : null;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Enqueue(int count, FeedFault fault)
    {
        lock (_faultGate)
        {
            for (var i = 0; i < count; i++)
            {
                _faults.Enqueue(fault);
            }
        }
    }

    /// <summary>Records every request once, then answers it with the next matching fault, if any, instead of the feed.</summary>
    private async Task InjectFaultAsync(HttpContext context, RequestDelegate next)
    {
        var fault = TakeFault(context.Request.Method);
        _requests.Enqueue($"{context.Request.Method} {context.Request.Path}{(fault is null ? string.Empty : " (fault)")}");
        if (fault is null)
        {
            await next(context);
            return;
        }

        await Task.Delay(fault.Delay, context.RequestAborted);
        if (fault.Drop)
        {
            context.Abort();
        }
        else if (fault.Status is { } status)
        {
            context.Response.StatusCode = (int)status;
            if (fault.RetryAfter is { } wait)
            {
                context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        else
        {
            await next(context);
        }
    }

    private async Task RequireKeyToReadAsync(HttpContext context, RequestDelegate next)
    {
        if (RequireKeyToRead && HttpMethods.IsGet(context.Request.Method) && BasicPassword(context.Request) != ApiKey)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"simulated feed\"";
            return;
        }

        await next(context);
    }

    private static string? BasicPassword(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return null;
        }

        var pair = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..]));
        return pair[(pair.IndexOf(':', StringComparison.Ordinal) + 1)..];
    }

    private FeedFault? TakeFault(string method)
    {
        lock (_faultGate)
        {
            return _faults.TryPeek(out var fault) && fault.Matches(method) ? _faults.Dequeue() : null;
        }
    }

    private IResult ServiceIndex() => Results.Json(new
    {
        version = "3.0.0",
        resources = new[]
        {
            Resource(PublishPath, "PackagePublish/2.0.0"),
            Resource(FlatContainerPath + "/", "PackageBaseAddress/3.0.0"),
            Resource("/v3/registration/", "RegistrationsBaseUrl/3.6.0"),
        },
    });

    private Dictionary<string, string> Resource(string path, string type) =>
        new() { ["@id"] = new Uri(BaseUri, path.TrimStart('/')).AbsoluteUri, ["@type"] = type };

    private IResult Versions(string id)
    {
        var versions = _packages.Values.Where(p => p.LowerId.Equals(id, StringComparison.OrdinalIgnoreCase)).Select(p => p.LowerVersion).ToList();
        return versions.Count == 0 ? Results.NotFound() : Results.Json(new { versions });
    }

    private IResult Download(string id, string version, string file) =>
        _packages.TryGetValue((id.ToLowerInvariant(), version.ToLowerInvariant()), out var package)
        && file.Equals($"{package.LowerId}.{package.LowerVersion}.nupkg", StringComparison.Ordinal)
            ? Results.Bytes(package.Bytes, "application/octet-stream")
            : Results.NotFound();

    private async Task<IResult> PushAsync(HttpRequest request)
    {
        var key = request.Headers["X-NuGet-ApiKey"].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return Results.Text("An API key is required.", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (key != ApiKey)
        {
            return Results.Text("The specified API key is invalid, has expired, or does not have permission to access the specified package.", statusCode: StatusCodes.Status403Forbidden);
        }

        var nupkg = await FirstPartAsync(request);
        var identity = nupkg is null ? null : NuspecIdentity.TryRead(nupkg);
        if (identity is null)
        {
            return Results.Text("The package is not a valid .nupkg.", statusCode: StatusCodes.Status400BadRequest);
        }

        return Store(identity.Value.Id, identity.Value.Version, nupkg!)
            ? Results.StatusCode(StatusCodes.Status201Created)
            : Results.Text("A package with the provided ID and version already exists.", statusCode: StatusCodes.Status409Conflict);
    }

    private static async Task<byte[]?> FirstPartAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }

        var form = await request.ReadFormAsync();
        if (form.Files.Count == 0)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await form.Files[0].CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private bool Store(string id, string version, byte[] nupkg)
    {
        var package = new PublishedPackage(id.ToLowerInvariant(), Normalize(version), nupkg);
        return _packages.TryAdd((package.LowerId, package.LowerVersion), package);
    }

    /// <summary>The flat container drops build metadata and lower-cases the version.</summary>
    private static string Normalize(string version) => version.Split('+')[0].ToLowerInvariant();
}
