using System.Net.Http.Json;
using Mlops.Build.Integrations.Http;
using Mlops.Build.Integrations.Railway;
using Mlops.Simulators.Railway;

namespace Mlops.Integrations.Tests.Railway;

/// <summary>A Railway simulator with a client and a deploy wired to it, on a manual clock, collecting the log.</summary>
internal sealed class RailwayRig : IAsyncDisposable
{
    private readonly HttpClient _probe = new();
    private readonly List<string> _log = [];

    private RailwayRig(RailwaySimulator simulator, RailwayTokenKind tokenKind)
    {
        Simulator = simulator;
        Settings = SettingsFor(simulator, tokenKind);
    }

    public RailwaySimulator Simulator { get; }

    /// <summary>Settings that reach the simulator's service instance with its token of that kind.</summary>
    public static RailwaySettings SettingsFor(RailwaySimulator simulator, RailwayTokenKind tokenKind = RailwayTokenKind.Project) => new()
    {
        ApiUrl = simulator.ApiUrl,
        Token = tokenKind == RailwayTokenKind.Project ? RailwaySimulator.ProjectToken : RailwaySimulator.AccountToken,
        TokenKind = tokenKind,
        ServiceId = RailwaySimulator.ServiceId,
        EnvironmentId = RailwaySimulator.EnvironmentId,

        // An account token cannot tell its project, so the settings require the id (as DeployEnvironments does).
        ProjectId = tokenKind == RailwayTokenKind.Account ? RailwaySimulator.ProjectId : null,
    };

    public RailwaySettings Settings { get; private set; }

    public ManualClock Clock { get; } = new();

    public SecretMasker Masker { get; } = new();

    public IReadOnlyList<string> Log => _log;

    public static async Task<RailwayRig> StartAsync(RailwayTokenKind tokenKind = RailwayTokenKind.Project) =>
        new(await RailwaySimulator.StartAsync(), tokenKind);

    public RailwayRig WithToken(string token)
    {
        Settings = Settings with { Token = token };
        return this;
    }

    public RailwayClient Client() => RailwayClient.Create(Settings, _log.Add, delay: Clock.Delay, masker: Masker);

    /// <summary>Deploys the commit with MODEL_VERSION set to <paramref name="version"/>, as the Railway provider does.</summary>
    public async Task<RailwayDeploymentResult> DeployAsync(
        string version,
        Func<Uri, CancellationToken, Task<VerificationResult>> verify,
        TimeSpan? timeout = null)
    {
        using var client = Client();
        var options = new RailwayDeploymentOptions
        {
            Clock = Clock,
            Delay = Clock.Delay,
            Log = _log.Add,
            Timeout = timeout ?? RailwaySettings.DefaultDeployTimeout,
        };
        var variables = new Dictionary<string, string> { ["MODEL_ID"] = "Churn.Model", ["MODEL_VERSION"] = version };
        return await new RailwayDeployment(client, options).DeployAsync("4f2d9c1", variables, verify);
    }

    /// <summary>What the real verification checks first: /health at the public URL reports the version being released.</summary>
    public Func<Uri, CancellationToken, Task<VerificationResult>> HealthReports(string expectedVersion) => async (url, token) =>
    {
        var health = await _probe.GetFromJsonAsync<Health>(new Uri(url, "health"), token);
        return health?.Version == expectedVersion
            ? VerificationResult.Pass()
            : VerificationResult.Fail($"/health reports version {health?.Version}, expected {expectedVersion}");
    };

    public async ValueTask DisposeAsync()
    {
        _probe.Dispose();
        await Simulator.DisposeAsync();
    }

    private sealed record Health(string Status, string Version);
}
