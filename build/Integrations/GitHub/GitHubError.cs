namespace Mlops.Build.Integrations.GitHub;

/// <summary>GitHub's error body: a message, and for 422 the fields that failed validation.</summary>
public sealed record GitHubError(string? Message, string? DocumentationUrl, IReadOnlyList<GitHubErrorDetail>? Errors)
{
    public string Describe()
    {
        var details = Errors is { Count: > 0 } ? $" ({string.Join("; ", Errors.Select(error => error.Describe()))})" : string.Empty;
        return $"{Message}{details}";
    }
}
