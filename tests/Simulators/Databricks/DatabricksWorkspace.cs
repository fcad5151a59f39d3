using System.Text.Json.Nodes;

namespace Mlops.Simulators.Databricks;

/// <summary>
/// The simulated workspace's state: Git folders and the commits their refs point at, jobs, runs,
/// idempotency tokens and files. Tests arrange and inspect it; the routes change it. Thread-safe.
/// </summary>
public sealed class DatabricksWorkspace
{
    public static readonly string[] Providers =
        ["gitHub", "bitbucketCloud", "gitLab", "azureDevOpsServices", "gitHubEnterprise", "bitbucketServer", "gitLabEnterpriseEdition", "awsCodeCommit"];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _refs = new(StringComparer.Ordinal) { ["main"] = "0000000000000000000000000000000000000001" };
    private readonly SortedDictionary<long, SimulatedRepo> _repos = [];
    private readonly Dictionary<long, JsonObject> _jobs = [];
    private readonly Dictionary<long, SimulatedRun> _runs = [];
    private readonly Dictionary<string, long> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Queue<(RunOutcome Outcome, string? Message)> _outcomes = new();
    private long _nextId = 100;

    /// <summary>The branch a new Git folder starts on.</summary>
    public string DefaultBranch { get; set; } = "main";

    /// <summary>Git folders per page of the list call; small values exercise paging.</summary>
    public int ReposPageSize { get; set; } = 20;

    public IReadOnlyList<SimulatedRepo> Repos { get { lock (_gate) { return [.. _repos.Values]; } } }

    public IReadOnlyList<SimulatedRun> Runs { get { lock (_gate) { return [.. _runs.Values]; } } }

    public IReadOnlyDictionary<long, JsonObject> Jobs { get { lock (_gate) { return new Dictionary<long, JsonObject>(_jobs); } } }

    /// <summary>Makes a branch or tag of the remote repository point at a commit.</summary>
    public void SetRef(string name, string commit)
    {
        lock (_gate) { _refs[name] = commit; }
    }

    public SimulatedRepo AddRepo(string path, string url, string branch)
    {
        lock (_gate)
        {
            var repo = new SimulatedRepo(_nextId++, path, url, "gitHub", branch, _refs[branch]);
            _repos[repo.Id] = repo;
            return repo;
        }
    }

    public long AddJob(JsonObject settings)
    {
        lock (_gate)
        {
            var id = _nextId++;
            _jobs[id] = settings;
            return id;
        }
    }

    /// <summary>How the next started run ends (runs end in success when nothing is queued).</summary>
    public void EnqueueRunOutcome(RunOutcome outcome, string? message = null)
    {
        lock (_gate) { _outcomes.Enqueue((outcome, message)); }
    }

    public void AddFile(string path, byte[] content)
    {
        lock (_gate) { _files[path] = content; }
    }

    internal (IReadOnlyList<SimulatedRepo> Page, string? NextToken) ListRepos(string prefix, int offset)
    {
        lock (_gate)
        {
            var matching = _repos.Values.Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            var page = matching.Skip(offset).Take(ReposPageSize).ToList();
            var next = offset + page.Count < matching.Count ? (offset + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return (page, next);
        }
    }

    internal SimulatedRepo? CreateRepo(string path, string url, string provider)
    {
        lock (_gate)
        {
            if (_repos.Values.Any(r => r.Path == path))
            {
                return null;
            }

            var repo = new SimulatedRepo(_nextId++, path, url, provider, DefaultBranch, _refs[DefaultBranch]);
            _repos[repo.Id] = repo;
            return repo;
        }
    }

    /// <summary>Checks out a ref; null with the reason when the folder or the ref does not exist.</summary>
    internal string? Checkout(long id, string reference, bool isTag)
    {
        lock (_gate)
        {
            if (!_repos.TryGetValue(id, out var repo))
            {
                return $"Repo {id} does not exist.";
            }

            if (!_refs.TryGetValue(reference, out var commit))
            {
                return $"{(isTag ? "Tag" : "Branch")} {reference} does not exist.";
            }

            _repos[id] = repo with { Branch = isTag ? null : reference, HeadCommitId = commit };
            return null;
        }
    }

    internal bool ResetJob(long id, JsonObject settings)
    {
        lock (_gate)
        {
            if (!_jobs.ContainsKey(id))
            {
                return false;
            }

            _jobs[id] = settings;
            return true;
        }
    }

    /// <summary>Starts a run, or returns the run an earlier call with the same token started.</summary>
    internal SimulatedRun? RunNow(long jobId, IReadOnlyDictionary<string, string> parameters, string? token)
    {
        lock (_gate)
        {
            if (!_jobs.ContainsKey(jobId))
            {
                return null;
            }

            if (token is not null && _tokens.TryGetValue(token, out var existing))
            {
                return _runs[existing];
            }

            var (outcome, message) = _outcomes.Count > 0 ? _outcomes.Dequeue() : (RunOutcome.Success, null);
            var run = new SimulatedRun(_nextId++, jobId, _runs.Values.Count(r => r.JobId == jobId) + 1, parameters, outcome, message);
            _runs[run.RunId] = run;
            if (token is not null)
            {
                _tokens[token] = run.RunId;
            }

            return run;
        }
    }

    internal SimulatedRun? FindRun(long runId)
    {
        lock (_gate) { return _runs.GetValueOrDefault(runId); }
    }

    internal byte[]? ReadFile(string path)
    {
        lock (_gate) { return _files.GetValueOrDefault(path); }
    }
}
