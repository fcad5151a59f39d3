using Mlops.Model.Features;
using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Monitoring.Drift;

namespace Mlops.Model.Training.Monitoring.Checks;

/// <summary>Drift of every feature of the batch against the training profile's bins and frequencies.</summary>
public static class DriftChecks
{
    public static IReadOnlyList<FeatureDrift> Run(DataProfile reference, ColumnTable batch, DriftLimits limits)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(limits);
        var large = batch.RowCount >= limits.LargeSampleRows;
        var drifts = new List<FeatureDrift>();
        foreach (var column in batch.Columns)
        {
            var drift = reference.Find(column.Name) switch
            {
                { Histogram: { } histogram, Summary: { } summary } when column is NumericColumn numbers => Numeric(column.Name, histogram, summary.Std, numbers.Values, limits, large),
                { Frequencies: { } frequencies } => Categorical(column, frequencies, limits, large),
                _ => null,
            };
            if (drift is not null)
            {
                drifts.Add(drift);
            }
        }

        return drifts;
    }

    private static FeatureDrift Numeric(string name, Histogram histogram, double std, double[] values, DriftLimits limits, bool large)
    {
        var reference = new BinnedReference(histogram);
        var counts = reference.CountsOf(values);
        var psi = PopulationStability.Index(reference.Counts, counts);
        return large
            ? new FeatureDrift(name, FeatureKind.Numeric, psi, limits.Psi, "Wasserstein (std)", BinnedWasserstein.Normalized(reference, counts, std), limits.Wasserstein, TestIsPValue: false)
            : new FeatureDrift(name, FeatureKind.Numeric, psi, limits.Psi, "KS p-value", BinnedKolmogorovSmirnov.Test(reference, counts).PValue, limits.KsPValue, TestIsPValue: true);
    }

    private static FeatureDrift Categorical(TableColumn column, CategoryFrequencies frequencies, DriftLimits limits, bool large)
    {
        var (referenceCounts, batchCounts) = CategoryCounts.Of(frequencies, column);
        var psi = PopulationStability.Index(referenceCounts, batchCounts);
        return large
            ? new FeatureDrift(column.Name, column.Kind, psi, limits.Psi, "Jensen–Shannon", CategoricalDrift.JensenShannon(referenceCounts, batchCounts), limits.JensenShannon, TestIsPValue: false)
            : new FeatureDrift(column.Name, column.Kind, psi, limits.Psi, "χ² p-value", CategoryCounts.ChiSquarePooled(referenceCounts, batchCounts).PValue, limits.ChiSquarePValue, TestIsPValue: true);
    }
}
