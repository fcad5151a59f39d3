using Mlops.Build.Integrations;
using Mlops.Build.Integrations.Databricks;

namespace Mlops.Build;

/// <summary>
/// The repository and the branch or tag this build is of: from the GitHub Actions environment on Actions,
/// from the working copy's git otherwise.
/// </summary>
public static class BuildSourceReader
{
    public static BuildSource Resolve(CiEnvironment ci, GitInfo git, Func<string, string?> variable, string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(ci);
        ArgumentNullException.ThrowIfNull(git);
        ArgumentNullException.ThrowIfNull(variable);
        return new BuildSource(UrlOf(ci, git, repositoryRoot), ReferenceOf(ci, git, variable, repositoryRoot));
    }

    private static string UrlOf(CiEnvironment ci, GitInfo git, string repositoryRoot)
    {
        if (ci is { IsGitHubActions: true, Repository: { } repository })
        {
            return $"{ci.ServerUrl ?? "https://github.com"}/{repository}.git";
        }

        var remote = git.RemoteUrl
            ?? throw new InvalidOperationException($"The repository in {repositoryRoot} has no remote 'origin': the Git folder needs a URL to clone.");
        return BuildSource.HttpsUrl(remote);
    }

    private static GitReference ReferenceOf(CiEnvironment ci, GitInfo git, Func<string, string?> variable, string repositoryRoot)
    {
        if (ci.TagName is { } tag)
        {
            return GitReference.Tag(tag);
        }

        // A pull request's GITHUB_REF_NAME is "N/merge", which the remote has no branch for: use its head branch.
        var branch = ci.IsGitHubActions
            ? variable(EnvironmentNames.GitHubHeadRef).NullIfBlank() ?? variable(EnvironmentNames.GitHubRefName).NullIfBlank()
            : git.Branch;
        if (branch is not null)
        {
            return GitReference.Branch(branch);
        }

        return !ci.IsGitHubActions && git.Tag is { } localTag
            ? GitReference.Tag(localTag)
            : throw new InvalidOperationException(
                $"The working copy in {repositoryRoot} is on no branch (detached HEAD): check out a branch or a tag to sync the Git folder to.");
    }
}
