namespace Mlops.Build.Integrations.Databricks;

/// <summary>The repository and the branch or tag this build is of, as the Git folder should check them out.</summary>
public sealed record BuildSource(string RepositoryUrl, GitReference Reference)
{
    /// <summary>The Git folder's path when no repository path is set: /Repos/{owner}/{repository}.</summary>
    public string DefaultRepoPath => $"/Repos/{GitProvider.Owner(RepositoryUrl)}/{GitProvider.RepositoryName(RepositoryUrl)}";

    // Databricks clones over HTTPS with its own Git credential: turn git@host:owner/name into https://host/owner/name,
    // and never pass on a user or token written into the remote's URL.
    public static string HttpsUrl(string remote)
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
}
