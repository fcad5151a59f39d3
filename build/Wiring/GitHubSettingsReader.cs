using Mlops.Build.Integrations;
using Mlops.Build.Integrations.GitHub;

namespace Mlops.Build;

/// <summary>GitHub's settings as the build reads them from the environment (see <see cref="EnvironmentNames"/>).</summary>
public static class GitHubSettingsReader
{
    /// <summary>Reads GITHUB_TOKEN, GITHUB_REPOSITORY ("owner/name") and GITHUB_API_URL (GitHub Enterprise differs).</summary>
    public static GitHubSettings FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var repository = variable(EnvironmentNames.GitHubRepository);
        if (string.IsNullOrWhiteSpace(repository))
        {
            throw new InvalidOperationException(
                $"{EnvironmentNames.GitHubRepository} is not set: name the repository as owner/name (GitHub Actions sets it).");
        }

        var apiUrl = variable(EnvironmentNames.GitHubApiUrl);
        try
        {
            return GitHubSettings.Create(
                variable(EnvironmentNames.GitHubToken).NullIfBlank(),
                repository,
                string.IsNullOrWhiteSpace(apiUrl) ? GitHubSettings.DefaultApiUrl : ParseApiUrl(apiUrl));
        }
        catch (ArgumentException exception) when (exception.ParamName == "repository")
        {
            throw new ArgumentException(
                $"{EnvironmentNames.GitHubRepository} is '{repository}'; expected owner/name, e.g. octocat/hello-world.", exception);
        }
    }

    private static Uri ParseApiUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new ArgumentException($"{EnvironmentNames.GitHubApiUrl} is '{value}'; expected an absolute http(s) URL.");
}
