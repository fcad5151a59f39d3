namespace Mlops.Build.Integrations.Databricks;

/// <summary>
/// The repository and the branch or tag this build is of, as the Git folder should check them out:
/// from the GitHub Actions environment on Actions, from the working copy's git otherwise.
/// </summary>
public sealed record BuildSource(string RepositoryUrl, GitReference Reference)
{
    /// <summary>The Git folder's path when DATABRICKS_REPO_PATH is not set: /Repos/{owner}/{repository}.</summary>
    public string DefaultRepoPath => $"/Repos/{GitProvider.Owner(RepositoryUrl)}/{GitProvider.RepositoryName(RepositoryUrl)}";

    public static BuildSource Resolve(CiEnvironment ci, Func<string, string?> variable, string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(ci);
        ArgumentNullException.ThrowIfNull(variable);
        return new BuildSource(UrlOf(ci, repositoryRoot), ReferenceOf(ci, variable, repositoryRoot));
    }

    private static string UrlOf(CiEnvironment ci, string repositoryRoot)
    {
        if (ci is { IsGitHubActions: true, Repository: { } repository })
        {
            return $"{ci.ServerUrl ?? "https://github.com"}/{repository}.git";
        }

        var remote = GitInfo.RemoteUrl(repositoryRoot)
            ?? throw new InvalidOperationException($"The repository in {repositoryRoot} has no remote 'origin': the Git folder needs a URL to clone.");
        return HttpsUrl(remote);
    }

    private static GitReference ReferenceOf(CiEnvironment ci, Func<string, string?> variable, string repositoryRoot)
    {
        if (ci.TagName is { } tag)
        {
            return GitReference.Tag(tag);
        }

        // A pull request's GITHUB_REF_NAME is "N/merge", which the remote has no branch for: use its head branch.
        var branch = ci.IsGitHubActions
            ? NonEmpty(variable(EnvironmentNames.GitHubHeadRef)) ?? NonEmpty(variable(EnvironmentNames.GitHubRefName))
            : GitInfo.CurrentBranch(repositoryRoot);
        return branch is null or "HEAD"
            ? throw new InvalidOperationException(
                $"The working copy in {repositoryRoot} is on no branch (detached HEAD): check out a branch or a tag to sync the Git folder to.")
            : GitReference.Branch(branch);
    }

    // Databricks clones over HTTPS with its own Git credential: turn git@host:owner/name into https://host/owner/name,
    // and never pass on a user or token written into the remote's URL.
    private static string HttpsUrl(string remote)
    {
        if (Uri.TryCreate(remote, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host))
        {
            return new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.ToString();
        }

        if (!remote.Contains('@', StringComparison.Ordinal))
        {
            return remote;
        }

        var hostAndPath = remote.Split('@', 2)[1];
        var parts = hostAndPath.Split(':', 2);
        return parts.Length == 2 ? $"https://{parts[0]}/{parts[1]}" : remote;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
