using Mlops.Build.Integrations;

namespace Mlops.Build;

/// <summary>The facts of the machine the build runs on: local, a CI script, or GitHub Actions.</summary>
public sealed record CiEnvironment(
    bool IsCi,
    bool IsGitHubActions,
    string? TagName,
    string? Sha,
    string? RunNumber,
    string? RunId,
    string? Repository,
    string? ServerUrl,
    string? StepSummaryFile)
{
    public static CiEnvironment Local { get; } = new(false, false, null, null, null, null, null, null, null);

    public bool IsTagBuild => TagName is not null;

    /// <summary>The repository's web URL on GitHub Actions, else null.</summary>
    public string? RepositoryUrl => IsGitHubActions && Repository is not null
        ? $"{ServerUrl ?? "https://github.com"}/{Repository}"
        : null;

    public string? RunUrl => IsGitHubActions && RunId is not null && Repository is not null
        ? $"{ServerUrl ?? "https://github.com"}/{Repository}/actions/runs/{RunId}"
        : null;

    public static CiEnvironment From(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var isGitHubActions = IsTrue(variable(EnvironmentNames.GitHubActions));
        return new CiEnvironment(
            IsCi: isGitHubActions || IsTrue(variable(EnvironmentNames.Ci)),
            IsGitHubActions: isGitHubActions,
            TagName: isGitHubActions ? TagOf(variable) : null,
            Sha: variable(EnvironmentNames.GitHubSha).NullIfBlank(),
            RunNumber: variable(EnvironmentNames.GitHubRunNumber).NullIfBlank(),
            RunId: variable(EnvironmentNames.GitHubRunId).NullIfBlank(),
            Repository: variable(EnvironmentNames.GitHubRepository).NullIfBlank(),
            ServerUrl: variable(EnvironmentNames.GitHubServerUrl).NullIfBlank(),
            StepSummaryFile: variable(EnvironmentNames.GitHubStepSummary).NullIfBlank());
    }

    private static string? TagOf(Func<string, string?> variable)
    {
        const string prefix = "refs/tags/";
        var gitRef = variable(EnvironmentNames.GitHubRef);
        if (gitRef?.StartsWith(prefix, StringComparison.Ordinal) == true)
        {
            return gitRef[prefix.Length..];
        }

        return variable(EnvironmentNames.GitHubRefType) == "tag" ? variable(EnvironmentNames.GitHubRefName).NullIfBlank() : null;
    }

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";
}
