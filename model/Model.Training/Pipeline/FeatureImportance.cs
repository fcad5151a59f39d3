using Mlops.Model.Cards;
using Mlops.Model.Preprocessing;

namespace Mlops.Model.Training.Pipeline;

/// <summary>Gain importance per raw column: a category's one-hot slots summed, then shares of the total gain.</summary>
internal static class FeatureImportance
{
    public static IReadOnlyList<FeatureSummary> PerColumn(PreprocessingModel preprocessing, IReadOnlyList<double> gain)
    {
        var total = gain.Sum();
        return preprocessing.Columns
            .Select((column, index) =>
            {
                var start = preprocessing.OffsetOf(index);
                var end = index + 1 < preprocessing.Columns.Count ? preprocessing.OffsetOf(index + 1) : preprocessing.FeatureCount;
                var columnGain = gain.Skip(start).Take(end - start).Sum();
                return new FeatureSummary(column.Name, column.Kind, total > 0 ? columnGain / total : 0);
            })
            .OrderByDescending(feature => feature.Importance)
            .ToList();
    }
}
