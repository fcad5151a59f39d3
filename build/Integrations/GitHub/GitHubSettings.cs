namespace Mlops.Build.Integrations.GitHub;

/// <summary>Where and as whom the build talks to GitHub. Without a token nothing is filed; the build prints instead.</summary>
public sealed record GitHubSettings(string? Token, string Owner, string Name, Uri ApiUrl)
{
    public static readonly Uri DefaultApiUrl = new("https://api.github.com/");

    public string Repository => $"{Owner}/{Name}";

    public bool CanFile => !string.IsNullOrWhiteSpace(Token);

    public static GitHubSettings Create(string? token, string repository, Uri apiUrl)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(apiUrl);
        var parts = repository.Split('/');
        if (parts.Length != 2 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException(
                $"The repository is '{repository}'; expected owner/name, e.g. octocat/hello-world.", nameof(repository));
        }

        return new GitHubSettings(token, parts[0], parts[1], WithTrailingSlash(apiUrl));
    }

    // Relative call paths resolve under the base only when it ends with '/' (GitHub Enterprise: https://host/api/v3/).
    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    // The token stays out of ToString so a logged settings object never leaks it.
    public override string ToString() => $"GitHubSettings {{ Repository = {Repository}, ApiUrl = {ApiUrl}, Token = {(CanFile ? "set" : "not set")} }}";
}
