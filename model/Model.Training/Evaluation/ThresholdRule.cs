using System.Globalization;

namespace Mlops.Model.Training.Evaluation;

/// <summary>How the decision threshold is chosen: a fixed value, or the one that maximizes F1 on the given rows.</summary>
public sealed record ThresholdRule
{
    /// <summary>The text that names the F1-maximizing rule, e.g. in the model spec.</summary>
    public const string MaxF1Name = "max_f1";

    private ThresholdRule(double? fixedThreshold) => FixedThreshold = fixedThreshold;

    public static ThresholdRule MaxF1 { get; } = new((double?)null);

    /// <summary>Null for <see cref="MaxF1"/>.</summary>
    public double? FixedThreshold { get; }

    public static ThresholdRule Fixed(double threshold)
    {
        PredictionInput.ValidateThreshold(threshold);
        return new ThresholdRule(threshold);
    }

    /// <summary>Reads "max_f1" or a number in [0, 1] written with '.' as the decimal separator.</summary>
    public static ThresholdRule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.Equals(text.Trim(), MaxF1Name, StringComparison.OrdinalIgnoreCase))
        {
            return MaxF1;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) && threshold is >= 0 and <= 1
            ? new ThresholdRule(threshold)
            : throw new FormatException($"Threshold '{text}' is neither '{MaxF1Name}' nor a number in [0, 1].");
    }

    public double Choose(ReadOnlySpan<int> labels, ReadOnlySpan<double> probabilities) =>
        FixedThreshold ?? ThresholdSelection.MaxF1(labels, probabilities);

    public override string ToString() => FixedThreshold?.ToString(CultureInfo.InvariantCulture) ?? MaxF1Name;
}
