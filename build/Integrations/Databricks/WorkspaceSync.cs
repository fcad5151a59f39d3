namespace Mlops.Build.Integrations.Databricks;

/// <summary>
/// Brings the workspace's Git folder to the commit being built: finds it by path, creates it when missing,
/// checks out the branch or tag, and reports where its head ended up.
/// </summary>
public sealed class WorkspaceSync(IDatabricksClient client)
{
    public async Task<WorkspaceSyncResult> SyncAsync(
        string repoPath,
        string repoUrl,
        GitReference reference,
        string expectedCommit,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repoPath);
        ArgumentNullException.ThrowIfNull(reference);
        var path = repoPath.TrimEnd('/');
        var folder = await FindAsync(path, cancellationToken);
        var created = folder is null;
        folder ??= await client.CreateRepoAsync(repoUrl, GitProvider.FromUrl(repoUrl), path, cancellationToken);

        await client.UpdateRepoAsync(folder.Id, reference, cancellationToken);

        // PATCH answers {}: read the folder again to learn the head it moved to.
        var updated = await FindAsync(path, cancellationToken)
            ?? throw new InvalidOperationException($"The Git folder {path} (id {folder.Id}) disappeared while it was being updated.");
        return new WorkspaceSyncResult(updated.Path, updated.Id, created, reference, updated.HeadCommitId, expectedCommit);
    }

    // path_prefix matches prefixes, so /Repos/a/model also finds /Repos/a/model-old: pick the exact path.
    private async Task<DatabricksRepo?> FindAsync(string path, CancellationToken cancellationToken) =>
        (await client.ListReposAsync(path, cancellationToken)).FirstOrDefault(r => string.Equals(r.Path.TrimEnd('/'), path, StringComparison.Ordinal));
}

/// <summary>Where the Git folder ended up; <see cref="Warning"/> says when its head is not the commit being built.</summary>
public sealed record WorkspaceSyncResult(
    string Path,
    long RepoId,
    bool Created,
    GitReference Reference,
    string? HeadCommit,
    string ExpectedCommit)
{
    public bool HeadMatches => string.Equals(HeadCommit, ExpectedCommit, StringComparison.OrdinalIgnoreCase);

    public string Summary =>
        $"Git folder {Path} (id {RepoId}{(Created ? ", created" : string.Empty)}) is at {Reference}, head commit {HeadCommit ?? "unknown"}.";

    /// <summary>Null when the head is the commit being built; otherwise a warning naming both commits.</summary>
    public string? Warning => HeadMatches
        ? null
        : $"The Git folder {Path} is at commit {HeadCommit ?? "unknown"}, but this build is of commit {ExpectedCommit}: "
            + $"the {Reference} may have moved on, or this commit is not pushed yet.";
}
