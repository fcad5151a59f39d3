using Mlops.Model.Cards;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Pipeline;

/// <summary>
/// Data → Train → Evaluate for one build run: each step runs at most once and hands its result to the next,
/// so a target that depends on several steps loads the data only once.
/// </summary>
public sealed class ModelPipeline(string specPath, string repositoryRoot, string outputDirectory)
{
    private ModelSpec? spec;
    private PreparedData? data;
    private TrainingOutcome? training;

    public string OutputDirectory { get; } = outputDirectory;

    public ModelSpec Spec => spec ??= SpecLoader.Load(specPath);

    public PreparedData PrepareData() => data ??= DataStep.Run(Spec, repositoryRoot, OutputDirectory);

    public TrainingOutcome Train() => training ??= TrainingStep.Run(Spec, PrepareData(), OutputDirectory);

    /// <summary>The held-out test rows, the same rows Evaluate scored: the gate compares models on them.</summary>
    public ColumnTable TestSplit()
    {
        var table = PrepareData().Table;
        return table.Take(DataSplit.Of(table, Spec.Split).Test);
    }

    public ModelCard Evaluate(ModelIdentity identity) => EvaluationStep.Run(Spec, PrepareData(), Train().Run, identity, OutputDirectory);
}
