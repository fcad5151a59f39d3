namespace Mlops.Simulators.Railway;

/// <summary>The simulator's deployments, scripts and call records; every member is safe to call from any thread.</summary>
internal sealed class RailwayState
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private readonly List<SimulatedDeployment> _deployments = [];
    private readonly Queue<(RailwayOutcome Outcome, string? Version, Uri? PublicUrl)> _script = new();
    private readonly Dictionary<string, string> _variables = [];
    private readonly List<string> _rollbacks = [];
    private readonly List<RecordedRequest> _requests = [];
    private int _rateLimited;

    /// <summary>Where the simulator listens, known only once Kestrel has picked its port.</summary>
    public Uri? BaseUrl { get; set; }

    public TimeSpan RetryAfter { get; private set; }

    /// <summary>The variable api/Dockerfile takes as the ARG naming the model version to fetch.</summary>
    public const string ModelVersionVariable = "MODEL_VERSION";

    public IReadOnlyList<string> Rollbacks => Locked(() => _rollbacks.ToList());

    public IReadOnlyList<RecordedRequest> Requests => Locked(() => _requests.ToList());

    public string? ActiveDeploymentId => Locked(() => _deployments.LastOrDefault(d => d.Status == "SUCCESS")?.Id);

    /// <summary>The service instance's variables as they are now.</summary>
    public IReadOnlyDictionary<string, string> Variables => Locked(() => new Dictionary<string, string>(_variables));

    /// <summary>Variable upserts that did not say skipDeploys, each of which made Railway deploy on its own.</summary>
    public int DeploysByVariableChange { get; private set; }

    public void SetVariables(IReadOnlyDictionary<string, string> values, bool skipDeploys) => Locked(() =>
    {
        foreach (var (name, value) in values)
        {
            _variables[name] = value;
        }

        if (!skipDeploys)
        {
            DeploysByVariableChange++;
            Deploy("latest");
        }
    });

    public void Script(RailwayOutcome outcome, string? version, Uri? publicUrl) => Locked(() => _script.Enqueue((outcome, version, publicUrl)));

    public void RateLimit(int requests, TimeSpan retryAfter) => Locked(() =>
    {
        _rateLimited = requests;
        RetryAfter = retryAfter;
    });

    public void Record(RecordedRequest request) => Locked(() => _requests.Add(request));

    /// <summary>True while the scripted number of 429 answers is not used up.</summary>
    public bool TakeRateLimit() => Locked(() => _rateLimited > 0 && _rateLimited-- > 0);

    public SimulatedDeployment? Find(string id) => Locked(() => _deployments.Find(d => d.Id == id));

    public SimulatedDeployment Deploy(string commitSha) => Locked(() =>
    {
        var (outcome, scripted, url) = _script.Count > 0 ? _script.Dequeue() : (RailwayOutcome.Success, null, null);
        var id = $"dep-{_deployments.Count + 1}";

        // The image is built from the commit with the variables of this moment as build ARGs: the model it fetches is
        // the MODEL_VERSION set before the deploy. Without one, api/Dockerfile's fetch step fails the build.
        var built = _variables.GetValueOrDefault(ModelVersionVariable);
        if (built is null && scripted is null)
        {
            outcome = RailwayOutcome.Failed;
        }

        var deployment = new SimulatedDeployment(id, commitSha, outcome, scripted ?? built ?? "none", Epoch.AddMinutes(_deployments.Count))
        {
            PublicUrl = url ?? new Uri(BaseUrl!, $"apps/{id}/"),
        };
        _deployments.Add(deployment);
        return deployment;
    });

    /// <summary>A deployment that is already live, as if deployed before the test.</summary>
    public SimulatedDeployment SeedLive(string version)
    {
        Locked(() => _variables[ModelVersionVariable] = version);
        var deployment = Deploy($"seed-{version}");
        Locked(() =>
        {
            while (deployment.Status != "SUCCESS")
            {
                Advance(deployment);
            }
        });
        return deployment;
    }

    /// <summary>Each status poll moves the deployment one step, as a real build progresses between polls.</summary>
    public SimulatedDeployment? Poll(string id) => Locked(() =>
    {
        var deployment = _deployments.Find(d => d.Id == id);
        if (deployment is not null)
        {
            Advance(deployment);
        }

        return deployment;
    });

    public IReadOnlyList<SimulatedDeployment> History(IReadOnlyCollection<string>? statuses, int first) => Locked(() =>
        _deployments
            .Where(d => statuses is null || statuses.Contains(d.Status))
            .OrderByDescending(d => d.CreatedAt)
            .Take(first)
            .ToList());

    /// <summary>Railway's rollback: the target becomes the live deployment again, the one it replaces is REMOVED.</summary>
    public bool Rollback(string id) => Locked(() =>
    {
        var target = _deployments.Find(d => d.Id == id);
        if (target is not { CanRollback: true })
        {
            return false;
        }

        MakeLive(target);
        _rollbacks.Add(id);
        return true;
    });

    private void Advance(SimulatedDeployment deployment)
    {
        if (deployment.Advance())
        {
            MakeLive(deployment);
        }
    }

    private void MakeLive(SimulatedDeployment deployment)
    {
        foreach (var live in _deployments.Where(d => d.Status == "SUCCESS" && d != deployment))
        {
            live.Status = "REMOVED";
        }

        deployment.Status = "SUCCESS";
    }

    private T Locked<T>(Func<T> action)
    {
        lock (_gate)
        {
            return action();
        }
    }

    private void Locked(Action action)
    {
        lock (_gate)
        {
            action();
        }
    }
}
