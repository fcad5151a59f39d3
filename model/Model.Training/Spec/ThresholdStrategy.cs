namespace Mlops.Model.Training.Spec;

public enum ThresholdStrategy
{
    /// <summary>The spec's value.</summary>
    Fixed,

    /// <summary>The threshold that maximises F1 on the validation split.</summary>
    MaxF1,
}
