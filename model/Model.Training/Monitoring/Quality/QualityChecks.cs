using Mlops.Model.Features;
using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Monitoring.Checks;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Monitoring.Quality;

/// <summary>
/// Data quality of a batch against the training profile: per column the missing rate, numbers outside the training
/// min–max, categories training never saw, and values that break the spec's declaration (when it is given). The
/// schema (columns present, types) is checked when the batch loads.
/// </summary>
public static class QualityChecks
{
    public static IReadOnlyList<MonitorCheck> Run(DataProfile reference, ColumnTable batch, QualityLimits limits, IReadOnlyList<ColumnSpec>? declared = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(limits);
        var checks = new List<MonitorCheck>();
        foreach (var column in batch.Columns)
        {
            if (reference.Find(column.Name) is not { } profile)
            {
                checks.Add(MonitorCheck.Skipped(CheckNames.Missing(column.Name), CheckArea.Quality, "in the training profile", "the reference profile has no such column"));
                continue;
            }

            checks.Add(MissingRate.Check(profile, column, limits));
            if (declared?.FirstOrDefault(c => c.Name == column.Name) is { } spec && DeclaredValues.Check(spec, column, limits.InvalidShare) is { } invalid)
            {
                checks.Add(invalid);
            }

            if (column is NumericColumn { Kind: FeatureKind.Numeric } numbers && profile.Summary is { } summary)
            {
                checks.Add(TrainingRange.Check(column.Name, summary, numbers.Values, limits.OutOfRangeShare));
            }

            if (column is CategoricalColumn categories && profile.Frequencies is { } frequencies)
            {
                checks.Add(UnseenCategories.Check(column.Name, frequencies, categories.Values, limits.UnseenCategoryShare));
            }
        }

        return checks;
    }
}
