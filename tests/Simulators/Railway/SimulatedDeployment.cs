namespace Mlops.Simulators.Railway;

/// <summary>One deployment in the simulator: its status path, where its app answers, and the version the app reports.</summary>
public sealed class SimulatedDeployment
{
    private readonly string[] _path;
    private int _step;
    private bool _seen;

    internal SimulatedDeployment(string id, string commitSha, RailwayOutcome outcome, string version, DateTimeOffset createdAt)
    {
        Id = id;
        CommitSha = commitSha;
        Version = version;
        CreatedAt = createdAt;
        _path = outcome switch
        {
            RailwayOutcome.Success => ["QUEUED", "BUILDING", "DEPLOYING", "SUCCESS"],
            RailwayOutcome.Failed => ["QUEUED", "BUILDING", "FAILED"],
            RailwayOutcome.Crashed => ["QUEUED", "BUILDING", "DEPLOYING", "CRASHED"],
            _ => ["QUEUED", "BUILDING"],
        };
        Status = _path[0];
    }

    public string Id { get; }

    public string CommitSha { get; }

    /// <summary>What the deployment's app reports at /health.</summary>
    public string Version { get; }

    public DateTimeOffset CreatedAt { get; }

    public string Status { get; internal set; }

    /// <summary>Where the deployment's app answers; the simulator's own /apps/{id} unless a test points it elsewhere.</summary>
    public Uri? PublicUrl { get; internal set; }

    /// <summary>Railway only lets a deployment that once went live come back.</summary>
    public bool CanRollback => Status is "SUCCESS" or "REMOVED";

    /// <summary>
    /// Moves one step along the path, except the first time, so the first poll sees QUEUED as a real client would.
    /// Returns true when this step reached SUCCESS.
    /// </summary>
    internal bool Advance()
    {
        if (!_seen)
        {
            _seen = true;
            return false;
        }

        if (_step + 1 >= _path.Length)
        {
            return false;
        }

        Status = _path[++_step];
        return Status == "SUCCESS";
    }
}
