using Mlops.Model.Cards;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Spec;
using Mlops.Model.Training.Trainers;

namespace Mlops.Model.Training.Pipeline;

/// <summary>
/// Data → Train → Evaluate for one build run: each step runs at most once and hands its result to the next,
/// so a target that depends on several steps loads the data only once. With <paramref name="trainsRemotely"/>
/// the model comes from the Databricks job (<see cref="RecordRemoteTraining"/>) instead of local training.
/// </summary>
public sealed class ModelPipeline
{
    private readonly Func<ModelSpec> loadSpec;
    private readonly string repositoryRoot;
    private readonly bool trainsRemotely;
    private ModelSpec? spec;
    private PreparedData? data;
    private DataSplit? split;
    private TrainingOutcome? training;

    public ModelPipeline(string specPath, string repositoryRoot, string outputDirectory, bool trainsRemotely = false)
        : this(() => SpecLoader.Load(specPath), repositoryRoot, outputDirectory, trainsRemotely)
    {
    }

    /// <summary>A pipeline over a spec already in hand (retraining changes only its data file).</summary>
    public ModelPipeline(ModelSpec spec, string repositoryRoot, string outputDirectory)
        : this(() => spec, repositoryRoot, outputDirectory, trainsRemotely: false)
    {
        ArgumentNullException.ThrowIfNull(spec);
    }

    private ModelPipeline(Func<ModelSpec> loadSpec, string repositoryRoot, string outputDirectory, bool trainsRemotely)
    {
        this.loadSpec = loadSpec;
        this.repositoryRoot = repositoryRoot;
        this.trainsRemotely = trainsRemotely;
        OutputDirectory = outputDirectory;
    }

    public string OutputDirectory { get; }

    /// <summary>The spec, loaded once; with remote training it must name the family the Databricks job trains.</summary>
    public ModelSpec Spec => spec ??= RequireRemoteFamily(loadSpec());

    public PreparedData PrepareData() => data ??= DataStep.Run(Spec, repositoryRoot, OutputDirectory);

    /// <summary>The training run in effect: trained here (skipped when unchanged), or the remote run recorded in the output folder.</summary>
    public TrainingOutcome Train() => training ??= trainsRemotely
        ? new TrainingOutcome(RemoteTrainingStep.Read(OutputDirectory), Skipped: true)
        : TrainingStep.Run(Spec, PrepareData(), Split, OutputDirectory);

    /// <summary>
    /// Deletes training.json before a remote run's files replace the model's, so that if the download or the
    /// recording fails, no later local Train takes the half-replaced files for its own unchanged run.
    /// </summary>
    public void ForgetTrainingRun()
    {
        training = null;
        var record = Path.Combine(OutputDirectory, ModelArtifactFiles.TrainingRun);
        if (File.Exists(record))
        {
            File.Delete(record);
        }
    }

    /// <summary>Takes the remote run's downloaded booster and preprocessing as this build's model.</summary>
    public TrainingRun RecordRemoteTraining(RemoteRun remote)
    {
        var run = RemoteTrainingStep.Record(Spec, PrepareData(), Split(), OutputDirectory, remote);
        training = new TrainingOutcome(run, Skipped: false);
        return run;
    }

    /// <summary>The train, validation and test rows by the shared split rule, computed once per build.</summary>
    public DataSplit Split() => split ??= DataSplit.Of(PrepareData().Table, Spec.Split);

    /// <summary>The held-out test rows, the same rows Evaluate scored: the gate compares models on them.</summary>
    public ColumnTable TestSplit() => PrepareData().Table.Take(Split().Test);

    // Data loads the spec before anything else runs, so a remote build with another family stops before any work.
    private ModelSpec RequireRemoteFamily(ModelSpec loaded) =>
        !trainsRemotely || loaded.Trainer == TrainerFamily.XGBoost
            ? loaded
            : throw new SpecException(
                loaded.SourceName,
                "$.trainer",
                $"is \"{TrainerNames.Of(loaded.Trainer)}\", but remote training (--training=remote, or --target=TrainRemote) runs the Databricks job, which trains XGBoost only: set \"trainer\": \"{TrainerNames.XGBoost}\" or train locally");

    public ModelCard Evaluate(ModelIdentity identity) => EvaluationStep.Run(Spec, PrepareData(), Split(), Train().Run, identity, OutputDirectory);
}
