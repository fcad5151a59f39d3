namespace Mlops.Model.Training.Spec;

/// <summary>How the decision threshold on the probability is chosen.</summary>
public sealed record ThresholdSpec(ThresholdStrategy Strategy, double Value)
{
    public static ThresholdSpec MaxF1 { get; } = new(ThresholdStrategy.MaxF1, double.NaN);

    public static ThresholdSpec Fixed(double value) => new(ThresholdStrategy.Fixed, value);
}
