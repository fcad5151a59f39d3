using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;

namespace Mlops.Model.Training.Monitoring.Checks;

/// <summary>Drift of every feature of the batch against the training profile's distributions and frequencies.</summary>
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
                { Histogram: not null, Summary: not null } profile when column is NumericColumn numbers => NumericDrift.Of(profile, numbers.Values, limits, large),
                { Frequencies: { } frequencies } => CategoryDrift.Of(column, frequencies, limits, large),
                _ => null,
            };
            if (drift is not null)
            {
                drifts.Add(drift);
            }
        }

        return drifts;
    }
}
