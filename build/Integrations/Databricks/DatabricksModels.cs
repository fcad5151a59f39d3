namespace Mlops.Build.Integrations.Databricks;

/// <summary>A Git folder (Repos API) in the workspace.</summary>
public sealed record DatabricksRepo(long Id, string Path, string? Url, string? Provider, string? Branch, string? HeadCommitId);

/// <summary>What a Git folder should be checked out at: a branch, or a tag (which leaves the folder detached).</summary>
public sealed record GitReference(string Name, bool IsTag)
{
    public static GitReference Branch(string name) => new(name, false);

    public static GitReference Tag(string name) => new(name, true);

    public override string ToString() => IsTag ? $"tag {Name}" : $"branch {Name}";
}

/// <summary>The state of a job run as runs/get reports it.</summary>
public sealed record JobRunState(string LifeCycleState, string? ResultState, string? StateMessage)
{
    /// <summary>Databricks' rule: a run is over at TERMINATED, SKIPPED or INTERNAL_ERROR.</summary>
    public bool IsDone => LifeCycleState is "TERMINATED" or "SKIPPED" or "INTERNAL_ERROR";

    public bool Succeeded => LifeCycleState == "TERMINATED" && ResultState == "SUCCESS";

    public override string ToString() => ResultState is null ? LifeCycleState : $"{LifeCycleState} {ResultState}";
}

/// <summary>One run of a job.</summary>
public sealed record JobRun(long RunId, long JobId, string? RunPageUrl, JobRunState State);

/// <summary>The answer of run-now.</summary>
public sealed record StartedRun(long RunId, long NumberInJob);
