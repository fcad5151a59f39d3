using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Mlops.Simulators.Railway;

/// <summary>
/// A stateful Railway on 127.0.0.1: the GraphQL operations the deploy uses, a deployment status machine that moves one
/// step per status poll, a deployments history, rollback, bad tokens, 429 injection, and for every deployment a tiny
/// app at /apps/{id} whose /health reports the version the test scripted for it.
/// </summary>
public sealed class RailwaySimulator : IAsyncDisposable
{
    public const string ProjectToken = "sim-project-token-5f0c";
    public const string AccountToken = "sim-account-token-9a41";
    public const string ProjectId = "prj-sim";
    public const string EnvironmentId = "env-sim";
    public const string ServiceId = "svc-sim";

    private readonly WebApplication _app;
    private readonly RailwayState _state;

    private RailwaySimulator(WebApplication app, RailwayState state)
    {
        _app = app;
        _state = state;
    }

    public Uri BaseUrl => _state.BaseUrl!;

    public Uri ApiUrl => new(BaseUrl, "graphql/v2");

    public IReadOnlyList<RecordedRequest> Requests => _state.Requests;

    /// <summary>The deployments rolled back to, in order.</summary>
    public IReadOnlyList<string> Rollbacks => _state.Rollbacks;

    public string? ActiveDeploymentId => _state.ActiveDeploymentId;

    /// <summary>The service instance's variables now (MODEL_VERSION is the one its next build fetches).</summary>
    public IReadOnlyDictionary<string, string> Variables => _state.Variables;

    /// <summary>How many variable changes came without skipDeploys, so that Railway deployed on its own.</summary>
    public int DeploysByVariableChange => _state.DeploysByVariableChange;

    /// <summary>Each call as one line (root field and variables), for a test's record of what the deploy did.</summary>
    public IReadOnlyList<string> CallLog => [.. _state.Requests.Select(r => $"{r.RootField} {r.VariablesJson}")];

    public static async Task<RailwaySimulator> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var state = new RailwayState();
        var endpoint = new RailwayGraphQlEndpoint(state);
        Func<HttpContext, Task<IResult>> graphQl = endpoint.HandleAsync;
        app.MapPost("/graphql/v2", (Delegate)graphQl);
        app.MapGet("/apps/{id}/health", (string id) =>
            state.Find(id) is { } d ? Results.Json(new { status = "Healthy", version = d.Version }) : Results.NotFound());
        await app.StartAsync();
        state.BaseUrl = new Uri(app.Urls.First() + "/");
        return new RailwaySimulator(app, state);
    }

    /// <summary>
    /// Scripts the next deployment: how it ends, and optionally the version its app reports (a wrong image; by default
    /// the MODEL_VERSION variable at deploy time) and where it answers.
    /// </summary>
    public void ScriptNextDeployment(RailwayOutcome outcome, string? version = null, Uri? publicUrl = null) =>
        _state.Script(outcome, version, publicUrl);

    /// <summary>The next <paramref name="requests"/> GraphQL calls get 429 with this Retry-After.</summary>
    public void RateLimitNext(int requests, TimeSpan retryAfter) => _state.RateLimit(requests, retryAfter);

    /// <summary>A live deployment made before the test, so there is something to roll back to.</summary>
    public SimulatedDeployment SeedLiveDeployment(string version) => _state.SeedLive(version);

    public SimulatedDeployment? Deployment(string id) => _state.Find(id);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
