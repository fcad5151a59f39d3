using Cake.Core;
using Cake.Core.IO;
using Cake.Git;
using LibGit2Sharp;

namespace Mlops.Build;

/// <summary>
/// The working copy's facts that versioning and the model card use, read through Cake.Git's aliases. Outside a git
/// repository (a source tarball) every fact is absent and the commit is <see cref="UnknownCommit"/>: the build still runs.
/// </summary>
/// <param name="Branch">The checked-out branch; null on a detached HEAD.</param>
/// <param name="Tag">A tag on the head commit, e.g. v1.2.0; null when there is none.</param>
/// <param name="IsDirty">The working copy differs from the head commit: changed, staged or untracked (not ignored) files.</param>
/// <param name="RemoteUrl">The URL of the remote 'origin'; null when there is none.</param>
public sealed record GitInfo(string Commit, string? Branch, string? Tag, bool IsDirty, string? RemoteUrl)
{
    public const string UnknownCommit = "unknown";

    private const string Origin = "origin";

    public static GitInfo None { get; } = new(UnknownCommit, null, null, false, null);

    public static GitInfo Read(ICakeContext context, string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new DirectoryPath(repositoryRoot);
        if (!context.GitIsValidRepository(root))
        {
            return None;
        }

        try
        {
            var tip = context.GitLogTip(root);
            var branch = context.GitBranchCurrent(root);
            return new GitInfo(
                tip.Sha,
                branch.CanonicalName.StartsWith("refs/heads/", StringComparison.Ordinal) ? branch.FriendlyName : null,
                TagOn(repositoryRoot, tip.Sha),
                context.GitHasUncommitedChanges(root),
                branch.Remotes.FirstOrDefault(remote => remote.Name == Origin)?.Url);
        }
        catch (LibGit2SharpException)
        {
            // A repository without a commit yet (or one libgit2 cannot read): the same as no repository.
            return None;
        }
    }

    // Cake.Git's GitTags returns LibGit2Sharp tags of a repository it has already closed: reading a tag's target then
    // fails ("ambiguous lookup - OID prefix is too short"). LibGit2Sharp is used directly for this one fact.
    private static string? TagOn(string repositoryRoot, string commit)
    {
        using var repository = new Repository(repositoryRoot);
        return repository.Tags.FirstOrDefault(tag => tag.PeeledTarget.Sha == commit)?.FriendlyName;
    }
}
