namespace Mlops.Build.Integrations.Databricks;

/// <summary>The Repos API's name for the Git provider that hosts a repository URL.</summary>
public static class GitProvider
{
    public static string FromUrl(string repositoryUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repositoryUrl);
        var host = HostOf(repositoryUrl);
        return host switch
        {
            _ when Matches(host, "github.com") => "gitHub",
            _ when host.Contains("gitlab", StringComparison.OrdinalIgnoreCase) => "gitLab",
            _ when Matches(host, "dev.azure.com") || host.EndsWith(".visualstudio.com", StringComparison.OrdinalIgnoreCase) => "azureDevOpsServices",
            _ when host.Contains("bitbucket", StringComparison.OrdinalIgnoreCase) => "bitbucketCloud",
            _ => throw new InvalidOperationException(
                $"Cannot tell the Git provider of '{repositoryUrl}': the Databricks sync knows GitHub, GitLab, Azure DevOps and Bitbucket."),
        };
    }

    /// <summary>The repository's name (the last path segment without .git), the default name of its Git folder.</summary>
    public static string RepositoryName(string repositoryUrl) => Segments(repositoryUrl)[^1];

    /// <summary>The owner (the segment before the name), the default folder under /Repos.</summary>
    public static string Owner(string repositoryUrl)
    {
        var segments = Segments(repositoryUrl);
        return segments.Length >= 2 ? segments[^2] : throw new InvalidOperationException($"'{repositoryUrl}' names no owner.");
    }

    private static bool Matches(string host, string domain) =>
        host.Equals(domain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);

    // Both https://host/owner/name(.git) and git@host:owner/name(.git) are repository URLs.
    private static string HostOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host)
            ? uri.Host
            : url.Split('@', 2)[^1].Split(':', 2)[0];

    private static string[] Segments(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host)
            ? uri.AbsolutePath
            : url.Split(':', 2)[^1];
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            throw new InvalidOperationException($"'{url}' names no repository.");
        }

        segments[^1] = segments[^1].EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? segments[^1][..^4] : segments[^1];
        return segments;
    }
}
