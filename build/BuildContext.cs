using Cake.Common;
using Cake.Core;
using Cake.Frosting;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Build.UpToDate;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Pipeline;

namespace Mlops.Build;

/// <summary>Everything the tasks need, computed once when the run starts and read-only after.</summary>
public sealed class BuildContext : FrostingContext
{
    public BuildContext(ICakeContext context)
        : base(context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Paths = BuildPaths.FindFrom(context.Environment.WorkingDirectory.FullPath);
        Inputs = new StepInputs(Paths);
        string? Variable(string name) => NullIfEmpty(context.Environment.GetEnvironmentVariable(name));
        Ci = CiEnvironment.From(Variable);
        BuildConfiguration = context.Argument(ArgumentNames.Configuration, "Release");
        TestFilter = context.Argument<string?>(ArgumentNames.TestFilter, null);
        var commit = Ci.Sha ?? GitInfo.HeadCommit(Paths.Root);
        Version = BuildVersion.Resolve(
            Path.GetFileName(Paths.VersionFile),
            File.ReadAllText(Paths.VersionFile),
            Ci,
            commit);
        Feed = FeedSettings.Resolve(Variable(EnvironmentNames.NuGetFeedUrl), Variable(EnvironmentNames.NuGetApiKey), Paths);
        GateOverride = new GateOverride(context.HasArgument(ArgumentNames.ForceGate), context.Argument<string?>(ArgumentNames.Reason, null));
        RepositoryUrl = Ci.RepositoryUrl ?? GitInfo.RemoteUrl(Paths.Root);
        TrainsRemotely = TrainingChoice.IsRemote(context.Argument<string?>(ArgumentNames.Training, null), context.Argument(ArgumentNames.Target, string.Empty));
        Monitor = MonitorSettings.From(context, Paths.Root);
        Model = new ModelPipeline(Path.GetFullPath(context.Argument(ArgumentNames.Spec, Paths.Spec), Paths.Root), Paths.Root, Paths.ModelArtifacts, TrainsRemotely);
    }

    public BuildPaths Paths { get; }

    public CiEnvironment Ci { get; }

    /// <summary>The keys of what Restore, Build and Test read, for skipping them when nothing changed.</summary>
    public StepInputs Inputs { get; }

    public BuildVersion Version { get; }

    public string BuildConfiguration { get; }

    public string? TestFilter { get; }

    /// <summary>The model registry: the folder feed .feed/ unless NUGET_FEED_URL names another.</summary>
    public FeedSettings Feed { get; }

    /// <summary>--force-gate with its --reason: lets a failing model through, recorded in its card.</summary>
    public GateOverride GateOverride { get; }

    /// <summary>The repository's URL for the package metadata (GitHub Actions' repository, else git's origin).</summary>
    public string? RepositoryUrl { get; }

    /// <summary>--training=remote, or TrainRemote as the target: TrainRemote trains on Databricks and Train skips; otherwise the reverse.</summary>
    public bool TrainsRemotely { get; }

    /// <summary>What Monitor checks and does: its batch, model version or API, and whether it files issues and retrains.</summary>
    public MonitorSettings Monitor { get; }

    /// <summary>The model's Data → Train → Evaluate steps; each runs once per build and hands its result on.</summary>
    public ModelPipeline Model { get; }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
