namespace Mlops.Model.Training.Pipeline;

/// <summary>The training run in effect and whether it was reused because nothing changed.</summary>
public sealed record TrainingOutcome(TrainingRun Run, bool Skipped);
