using Cake.Common;
using Cake.Core;
using Cake.Frosting;
using Mlops.Build.Integrations;
using Mlops.Build.RunHistory;
using Mlops.Build.Integrations.Http;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Model.History;
using Mlops.Model.History.Records;
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
        string? Variable(string name) => context.Environment.GetEnvironmentVariable(name).NullIfBlank();
        Ci = CiEnvironment.From(Variable);
        SecretMaskLines = BuildSecrets.Register(Variable, SecretMasker.Shared);
        BuildConfiguration = context.Argument(ArgumentNames.Configuration, "Release");
        TestFilter = context.Argument<string?>(ArgumentNames.TestFilter, null);
        Git = GitInfo.Read(context, Paths.Root);
        Version = BuildVersion.Resolve(
            Path.GetFileName(Paths.VersionFile),
            File.ReadAllText(Paths.VersionFile),
            Ci,
            Git);
        Feed = FeedSettings.Resolve(Variable(EnvironmentNames.NuGetFeedUrl), Variable(EnvironmentNames.NuGetApiKey), Paths.Root, Paths.Feed)
            with { ApiKeySetting = EnvironmentNames.NuGetApiKey };
        GateOverride = new GateOverride(context.HasArgument(ArgumentNames.ForceGate), context.Argument<string?>(ArgumentNames.Reason, null));
        RepositoryUrl = Ci.RepositoryUrl ?? Git.RemoteUrl;
        TrainsRemotely = TrainingChoice.IsRemote(context.Argument<string?>(ArgumentNames.Training, null), context.Argument(ArgumentNames.Target, string.Empty));
        Monitor = MonitorSettings.From(context, Paths.Root);
        var startedAt = DateTimeOffset.UtcNow;
        var target = context.Argument(ArgumentNames.Target, "Default");
        History = new RunRecorder(
            HistoryLocation.Resolve(Variable(EnvironmentNames.HistoryPostgres), Paths.HistoryDatabase, EnvironmentNames.HistoryPostgres),
            () => new RunStart(Guid.NewGuid().ToString("N"), Model!.Spec.ModelId, target, Version.SemVer, Version.Commit, Ci.RunUrl, startedAt));
        Model = new ModelPipeline(Path.GetFullPath(context.Argument(ArgumentNames.Spec, Paths.Spec), Paths.Root), Paths.Root, Paths.ModelArtifacts, TrainsRemotely);
    }

    public BuildPaths Paths { get; }

    /// <summary>The ::add-mask:: lines of the secrets registered at start-up, for GitHub Actions' runner.</summary>
    public IReadOnlyList<string> SecretMaskLines { get; }

    public CiEnvironment Ci { get; }

    /// <summary>The working copy's commit, branch, tag and dirty state (all absent outside a git repository).</summary>
    public GitInfo Git { get; }

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

    /// <summary>The run-history store's recorder for this run: tasks hand it their facts, the task lifetime their timings.</summary>
    public RunRecorder History { get; }
}
