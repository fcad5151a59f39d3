using Mlops.Model.Cards;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Pipeline;

/// <summary>
/// Data → Train → Evaluate for one build run: each step runs at most once and hands its result to the next,
/// so a target that depends on several steps loads the data only once.
/// </summary>
public sealed class ModelPipeline
{
    private readonly Func<ModelSpec> loadSpec;
    private readonly string repositoryRoot;
    private ModelSpec? spec;
    private PreparedData? data;
    private TrainingOutcome? training;

    public ModelPipeline(string specPath, string repositoryRoot, string outputDirectory)
        : this(() => SpecLoader.Load(specPath), repositoryRoot, outputDirectory)
    {
    }

    /// <summary>A pipeline over a spec already in hand (retraining changes only its data file).</summary>
    public ModelPipeline(ModelSpec spec, string repositoryRoot, string outputDirectory)
        : this(() => spec, repositoryRoot, outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(spec);
    }

    private ModelPipeline(Func<ModelSpec> loadSpec, string repositoryRoot, string outputDirectory)
    {
        this.loadSpec = loadSpec;
        this.repositoryRoot = repositoryRoot;
        OutputDirectory = outputDirectory;
    }

    public string OutputDirectory { get; }

    public ModelSpec Spec => spec ??= loadSpec();

    public PreparedData PrepareData() => data ??= DataStep.Run(Spec, repositoryRoot, OutputDirectory);

    public TrainingOutcome Train() => training ??= TrainingStep.Run(Spec, PrepareData(), OutputDirectory);

    /// <summary>The held-out test rows, the same rows Evaluate scored: the gate compares models on them.</summary>
    public ColumnTable TestSplit()
    {
        var table = PrepareData().Table;
        return table.Take(DataSplit.Create(table.Labels, Spec.Split).Test);
    }

    public ModelCard Evaluate(ModelIdentity identity) => EvaluationStep.Run(Spec, PrepareData(), Train().Run, identity, OutputDirectory);
}
