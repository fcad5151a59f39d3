using Mlops.Build.Integrations.GitHub;
using Mlops.Model.Training.Monitoring.Issues;

namespace Mlops.Build;

/// <summary>Where Monitor's regression issues go: GitHub with a token and a repository, else printed and marked not filed.</summary>
public static class RegressionIssuesFactory
{
    /// <param name="dryRun">--dry-run-issues: print even when GitHub could be written to.</param>
    public static IRegressionIssues Create(Func<string, string?> variable, bool dryRun, bool onGitHubActions, Action<string> print)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (dryRun)
        {
            return new PrintedRegressionIssues(print, $"--{ArgumentNames.DryRunIssues}");
        }

        if (string.IsNullOrWhiteSpace(variable(EnvironmentNames.GitHubToken)) || string.IsNullOrWhiteSpace(variable(EnvironmentNames.GitHubRepository)))
        {
            return new PrintedRegressionIssues(print, $"no {EnvironmentNames.GitHubToken} or {EnvironmentNames.GitHubRepository}");
        }

        return new GitHubRegressionIssues(GitHubClientFactory.Create(GitHubSettingsReader.FromEnvironment(variable), print, onGitHubActions));
    }
}
