using Cake.Common;
using Cake.Core;
using Cake.Frosting;

namespace Mlops.Build;

/// <summary>Everything the tasks need, computed once when the run starts and read-only after.</summary>
public sealed class BuildContext : FrostingContext
{
    public BuildContext(ICakeContext context)
        : base(context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Paths = BuildPaths.FindFrom(context.Environment.WorkingDirectory.FullPath);
        Ci = CiEnvironment.From(name => NullIfEmpty(context.Environment.GetEnvironmentVariable(name)));
        BuildConfiguration = context.Argument(ArgumentNames.Configuration, "Release");
        TestFilter = context.Argument<string?>(ArgumentNames.TestFilter, null);
        var commit = Ci.Sha ?? GitInfo.HeadCommit(Paths.Root);
        Version = BuildVersion.Resolve(
            Path.GetFileName(Paths.VersionFile),
            File.ReadAllText(Paths.VersionFile),
            Ci,
            commit);
    }

    public BuildPaths Paths { get; }

    public CiEnvironment Ci { get; }

    public BuildVersion Version { get; }

    public string BuildConfiguration { get; }

    public string? TestFilter { get; }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
