namespace Mlops.Model.Training.Data.Synthetic;

/// <summary>
/// A deliberate change of the data for monitoring drills: numeric columns moved by a number of standard
/// deviations (covariate shift), a changed relation between features and label (concept drift),
/// and more missing values.
/// </summary>
public sealed record ChurnShift
{
    public static ChurnShift None { get; } = new();

    /// <summary>Numeric column name → shift in standard deviations of that column (may be negative).</summary>
    public IReadOnlyDictionary<string, double> CovariateShift { get; init; } = new Dictionary<string, double>();

    /// <summary>0 keeps the label relation; 1 replaces it with a different one (contract and tenure effects reversed).</summary>
    public double LabelRelationChange { get; init; }

    /// <summary>Extra probability, added to every optional column, that a value is missing.</summary>
    public double ExtraMissingRate { get; init; }

    public bool IsNone => CovariateShift.Count == 0 && LabelRelationChange == 0 && ExtraMissingRate == 0;
}
