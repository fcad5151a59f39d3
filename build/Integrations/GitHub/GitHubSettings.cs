namespace Mlops.Build.Integrations.GitHub;

/// <summary>Where and as whom the build talks to GitHub. Without a token nothing is filed; the build prints instead.</summary>
public sealed record GitHubSettings(string? Token, string Owner, string Name, Uri ApiUrl)
{
    public static readonly Uri DefaultApiUrl = new("https://api.github.com/");

    public string Repository => $"{Owner}/{Name}";

    public bool CanFile => !string.IsNullOrWhiteSpace(Token);

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
        return Create(
            NullIfBlank(variable(EnvironmentNames.GitHubToken)),
            repository,
            string.IsNullOrWhiteSpace(apiUrl) ? DefaultApiUrl : ParseApiUrl(apiUrl));
    }

    public static GitHubSettings Create(string? token, string repository, Uri apiUrl)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(apiUrl);
        var parts = repository.Split('/');
        if (parts.Length != 2 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException(
                $"{EnvironmentNames.GitHubRepository} is '{repository}'; expected owner/name, e.g. octocat/hello-world.", nameof(repository));
        }

        return new GitHubSettings(token, parts[0], parts[1], WithTrailingSlash(apiUrl));
    }

    private static Uri ParseApiUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new ArgumentException($"{EnvironmentNames.GitHubApiUrl} is '{value}'; expected an absolute http(s) URL.");

    // Relative call paths resolve under the base only when it ends with '/' (GitHub Enterprise: https://host/api/v3/).
    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // The token stays out of ToString so a logged settings object never leaks it.
    public override string ToString() => $"GitHubSettings {{ Repository = {Repository}, ApiUrl = {ApiUrl}, Token = {(CanFile ? "set" : "not set")} }}";
}
