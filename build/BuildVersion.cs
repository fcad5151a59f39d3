using System.Text.RegularExpressions;

namespace Mlops.Build;

/// <summary>The version being built: version.txt, checked against the tag, suffixed on non-tag CI builds.</summary>
public sealed partial record BuildVersion(string Core, string? Suffix, string Commit)
{
    /// <summary>The package and assembly version, e.g. 0.1.0 or 0.1.0-ci.42.</summary>
    public string SemVer => Suffix is null ? Core : $"{Core}-{Suffix}";

    public string InformationalVersion => $"{SemVer}+{Commit}";

    public bool IsPrerelease => Suffix is not null;

    public NuGet.Versioning.NuGetVersion NuGetVersion => NuGet.Versioning.NuGetVersion.Parse(SemVer);

    public static BuildVersion Resolve(string versionFile, string content, CiEnvironment ci, string commit)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(ci);
        var core = content.Trim();
        if (!CoreVersion().IsMatch(core))
        {
            throw new InvalidOperationException(
                $"{versionFile} must hold one version X.Y.Z (digits only), but it holds '{content.Trim()}'.");
        }

        if (ci.TagName is { } tag)
        {
            if (tag != $"v{core}")
            {
                throw new InvalidOperationException(
                    $"The tag '{tag}' does not match {versionFile} ({core}): tag v{core}, or bump {versionFile} to {tag.TrimStart('v')}.");
            }

            return new BuildVersion(core, null, commit);
        }

        var suffix = ci.IsGitHubActions ? $"ci.{ci.RunNumber ?? "0"}" : null;
        return new BuildVersion(core, suffix, commit);
    }

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")]
    private static partial Regex CoreVersion();
}
