namespace Mlops.Build.Integrations.GitHub;

/// <summary>One entry of a 422 answer's errors[]: which resource and field failed, and GitHub's code for why.</summary>
public sealed record GitHubErrorDetail(string? Resource, string? Field, string? Code, string? Message)
{
    public const string AlreadyExists = "already_exists";

    public string Describe()
    {
        var where = string.Join('.', new[] { Resource, Field }.Where(part => !string.IsNullOrEmpty(part)));
        var what = string.Join(": ", new[] { Code, Message }.Where(part => !string.IsNullOrEmpty(part)));
        return string.IsNullOrEmpty(where) ? what : $"{where} {what}";
    }
}
