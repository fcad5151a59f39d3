using System.Text.Json.Nodes;

namespace Mlops.Build.Integrations.Databricks;

/// <summary>The parts of the Databricks REST API the build uses: Git folders, jobs and the Files API.</summary>
public interface IDatabricksClient
{
    /// <summary>Every Git folder whose path starts with the prefix, across all pages.</summary>
    Task<IReadOnlyList<DatabricksRepo>> ListReposAsync(string pathPrefix, CancellationToken cancellationToken = default);

    Task<DatabricksRepo> CreateRepoAsync(string url, string provider, string path, CancellationToken cancellationToken = default);

    Task UpdateRepoAsync(long repoId, GitReference reference, CancellationToken cancellationToken = default);

    /// <summary>Creates a job from its settings (the body of jobs/create) and returns its id.</summary>
    Task<long> CreateJobAsync(JsonObject settings, CancellationToken cancellationToken = default);

    /// <summary>Replaces the whole definition of a job.</summary>
    Task ResetJobAsync(long jobId, JsonObject settings, CancellationToken cancellationToken = default);

    /// <summary>Starts a run; the same idempotency token returns the same run instead of starting another.</summary>
    Task<StartedRun> RunNowAsync(
        long jobId,
        IReadOnlyDictionary<string, string> parameters,
        string idempotencyToken,
        CancellationToken cancellationToken = default);

    Task<JobRun> GetRunAsync(long runId, CancellationToken cancellationToken = default);

    /// <summary>The raw bytes of a file in a volume or the workspace.</summary>
    Task<byte[]> DownloadFileAsync(string path, CancellationToken cancellationToken = default);
}
