using Mlops.Build.Integrations.GitHub;
using Mlops.Build.Integrations.Http;
using Mlops.Simulators.GitHub;

namespace Mlops.Integrations.Tests.GitHub;

/// <summary>The simulator plus a real client pointed at it; retries wait on a recorded fake delay, so no test sleeps.</summary>
internal sealed class GitHubRig : IAsyncDisposable
{
    private readonly List<TimeSpan> _waits = [];
    private readonly List<string> _log = [];

    private GitHubRig(GitHubSimulator simulator) => Simulator = simulator;

    public GitHubSimulator Simulator { get; }

    public SimulatedRepository Repo => Simulator.Repository;

    public OctokitGitHubClient Client { get; private set; } = null!;

    public IssueTracker Tracker => new(Client);

    public SecretMasker Masker { get; } = new();

    public IReadOnlyList<TimeSpan> Waits => _waits;

    public IReadOnlyList<string> Log => _log;

    public static async Task<GitHubRig> StartAsync(string? clientToken = null, RetryPolicy? policy = null, string pathBase = "")
    {
        var rig = new GitHubRig(await GitHubSimulator.StartAsync(pathBase: pathBase));
        var settings = GitHubSettings.Create(clientToken ?? rig.Simulator.Token, rig.Repo.FullName, rig.Simulator.BaseAddress);
        rig.Client = GitHubClientFactory.CreateRest(settings, rig._log.Add, onGitHubActions: true, rig.Masker, policy, rig.RecordWait);
        return rig;
    }

    public static NewIssue Regression(string title = "Model regression: churn 1.2.0 (roc_auc)") =>
        new(title, "| metric | value |\n| --- | --- |\n| roc_auc | 0.61 |", ["model-regression"]);

    public ValueTask DisposeAsync() => Simulator.DisposeAsync();

    private Task RecordWait(TimeSpan wait, CancellationToken cancellationToken)
    {
        lock (_waits)
        {
            _waits.Add(wait);
        }

        return Task.CompletedTask;
    }
}
