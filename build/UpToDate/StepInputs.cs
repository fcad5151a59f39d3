using System.Text.RegularExpressions;

namespace Mlops.Build.UpToDate;

/// <summary>
/// The inputs that decide whether Restore, Build and Test would do anything new: the sources (every file git tracks or
/// would track, by content), the SDK, the test tools and the system packages. The sources are hashed once per run.
/// </summary>
public sealed partial class StepInputs(BuildPaths paths)
{
    private readonly Lazy<string?> _sources = new(() => SourcesHash(paths.Root));

    /// <summary>False when git cannot list the sources: then nothing is skipped.</summary>
    public bool Known => _sources.Value is not null;

    /// <summary>What restore reads: the project files and package versions are sources; the SDK resolves them.</summary>
    public string RestoreKey() => Common().Value;

    /// <summary>What compiling reads: the sources, the SDK, the configuration and the version stamped in.</summary>
    public string BuildKey(string configuration, string version, string informationalVersion) => Common()
        .Add("configuration", configuration)
        .Add("version", version)
        .Add("informational-version", informationalVersion)
        .Value;

    /// <summary>What decides the tests' outcome: the sources, the SDK, the npm tools, the system packages, the filter.</summary>
    public string TestKey(string configuration, string? filter) => Common()
        .AddFile("test-tools", paths.TestToolsInstalled)
        .Add("system-packages", Toolchain.DebianPackages(SystemPackages.Read(paths.SystemPackages)))
        .Add("configuration", configuration)
        .Add("filter", filter)
        .Value;

    /// <summary>
    /// What packing reads: the sources (the runtime that is compiled into the package), the SDK, the staged model files
    /// (card with version and gate verdict, booster, preprocessing) and the package's metadata.
    /// </summary>
    public static string PackKey(string sourcesKey, string stagedFolder, string version, string informationalVersion, string? repositoryUrl) => new InputKey()
        .Add("build", sourcesKey)
        .AddFiles("staged", stagedFolder, Directory.EnumerateFiles(stagedFolder, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(stagedFolder, file)))
        .Add("version", version)
        .Add("informational-version", informationalVersion)
        .Add("repository", repositoryUrl)
        .Value;

    /// <summary>The solution's project folders (from Build.sln), for checks that their outputs still exist.</summary>
    public IReadOnlyList<string> ProjectFolders() =>
    [
        .. ProjectLine().Matches(File.ReadAllText(paths.Solution))
            .Select(match => match.Groups["path"].Value.Replace('\\', Path.DirectorySeparatorChar))
            .Select(path => Path.GetDirectoryName(Path.Combine(paths.Root, path))!),
    ];

    private InputKey Common() => new InputKey().Add("sources", _sources.Value).Add("sdk", Toolchain.Sdks());

    private static string? SourcesHash(string root) =>
        SourceFiles.List(root) is { } files ? new InputKey().AddFiles("files", root, files).Value : null;

    [GeneratedRegex(@"^Project\(""[^""]*""\)\s*=\s*""[^""]*"",\s*""(?<path>[^""]+\.csproj)""", RegexOptions.Multiline)]
    private static partial Regex ProjectLine();
}
