using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mlops.Simulators.GitHub;

/// <summary>
/// A stateful GitHub REST API on 127.0.0.1 (a free port): issues, comments, labels, statuses and releases of
/// one repository, answering as GitHub does (shapes, Link paging, rate-limit headers, 401/404/422 errors), with
/// faults the tests queue or repeat every Nth call (rate limits, 5xx, slow answers, dropped connections, replies lost after the write).
/// </summary>
public sealed class GitHubSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<RecordedRequest> _requests = [];

    private GitHubSimulator(WebApplication app, SimulatedRepository repository, GitHubFaults faults, string token)
    {
        _app = app;
        Repository = repository;
        Faults = faults;
        Token = token;
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string Token { get; }

    public SimulatedRepository Repository { get; }

    public GitHubFaults Faults { get; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <param name="pathBase">Where the API lives on the host: empty as on api.github.com, "/api/v3" as on GitHub Enterprise.</param>
    public static async Task<GitHubSimulator> StartAsync(string token = "sim-token", string repository = "octo-org/model-repo", string pathBase = "")
    {
        ArgumentNullException.ThrowIfNull(repository);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        if (pathBase.Length > 0)
        {
            // Routing must come after the path base is taken off, or no route would match.
            app.UsePathBase(pathBase);
            app.UseRouting();
        }

        var parts = repository.Split('/');
        var simulator = new GitHubSimulator(app, new SimulatedRepository(parts[0], parts[1]), new GitHubFaults(), token);
        var gate = new GitHubGate(token, simulator.Repository, simulator.Faults, simulator._requests);
        app.Use(gate.InvokeAsync);
        IssueEndpoints.Map(app, simulator.Repository);
        RepositoryEndpoints.Map(app, simulator.Repository);
        ReleaseEndpoints.Map(app, simulator.Repository);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        simulator.BaseAddress = new Uri(address.TrimEnd('/') + pathBase + "/");
        simulator.Repository.UploadsAddress = new Uri(simulator.BaseAddress, "uploads/");
        return simulator;
    }

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string pathSuffix) =>
        Requests.Where(request => request.Method == method && request.Path.EndsWith(pathSuffix, StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
