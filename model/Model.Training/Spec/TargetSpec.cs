namespace Mlops.Model.Training.Spec;

/// <summary>The label column and which of its two values is the positive class.</summary>
public sealed record TargetSpec(string Column, string PositiveClass);
