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
            Sha: Empty(variable(EnvironmentNames.GitHubSha)),
            RunNumber: Empty(variable(EnvironmentNames.GitHubRunNumber)),
            RunId: Empty(variable(EnvironmentNames.GitHubRunId)),
            Repository: Empty(variable(EnvironmentNames.GitHubRepository)),
            ServerUrl: Empty(variable(EnvironmentNames.GitHubServerUrl)),
            StepSummaryFile: Empty(variable(EnvironmentNames.GitHubStepSummary)));
    }

    private static string? TagOf(Func<string, string?> variable)
    {
        const string prefix = "refs/tags/";
        var gitRef = variable(EnvironmentNames.GitHubRef);
        if (gitRef?.StartsWith(prefix, StringComparison.Ordinal) == true)
        {
            return gitRef[prefix.Length..];
        }

        return variable(EnvironmentNames.GitHubRefType) == "tag" ? Empty(variable(EnvironmentNames.GitHubRefName)) : null;
    }

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
