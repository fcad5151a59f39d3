using System.Text.RegularExpressions;

namespace Mlops.Build;

/// <summary>The version being built: version.txt, checked against the tag, suffixed on non-tag CI builds.</summary>
/// <param name="IsDirty">Built from a working copy with uncommitted changes: the informational version says so.</param>
public sealed partial record BuildVersion(string Core, string? Suffix, string Commit, bool IsDirty = false)
{
    /// <summary>The package and assembly version, e.g. 0.1.0 or 0.1.0-ci.42.</summary>
    public string SemVer => Suffix is null ? Core : $"{Core}-{Suffix}";

    public string InformationalVersion => IsDirty ? $"{SemVer}+{Commit}.dirty" : $"{SemVer}+{Commit}";

    public bool IsPrerelease => Suffix is not null;

    public NuGet.Versioning.NuGetVersion NuGetVersion => NuGet.Versioning.NuGetVersion.Parse(SemVer);

    /// <summary>
    /// The tag is GitHub Actions' on Actions, else a version tag (v...) on the working copy's head commit; the commit is
    /// GitHub Actions' when set, else the working copy's.
    /// </summary>
    public static BuildVersion Resolve(string versionFile, string content, CiEnvironment ci, GitInfo git)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(ci);
        ArgumentNullException.ThrowIfNull(git);
        var commit = ci.Sha ?? git.Commit;
        var core = content.Trim();
        if (!CoreVersion().IsMatch(core))
        {
            throw new InvalidOperationException(
                $"{versionFile} must hold one version X.Y.Z (digits only), but it holds '{content.Trim()}'.");
        }

        if ((ci.IsGitHubActions ? ci.TagName : VersionTag(git.Tag)) is { } tag)
        {
            if (tag != $"v{core}")
            {
                throw new InvalidOperationException(
                    $"The tag '{tag}' does not match {versionFile} ({core}): tag v{core}, or bump {versionFile} to {tag.TrimStart('v')}.");
            }

            return new BuildVersion(core, null, commit, git.IsDirty);
        }

        var suffix = ci.IsGitHubActions ? $"ci.{ci.RunNumber ?? "0"}" : null;
        return new BuildVersion(core, suffix, commit, git.IsDirty);
    }

    private static string? VersionTag(string? tag) => tag is not null && VersionTagName().IsMatch(tag) ? tag : null;

    [GeneratedRegex(@"^v\d")]
    private static partial Regex VersionTagName();

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")]
    private static partial Regex CoreVersion();
}
