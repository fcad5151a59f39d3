using Mlops.Model.Features;
using Mlops.Model.Preprocessing;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Model.Training.Pipeline;

/// <summary>Encodes a table with the fitted preprocessing into the booster's row-major float matrix.</summary>
public static class FeatureMatrix
{
    public static TrainingMatrix Build(ColumnTable table, PreprocessingModel preprocessing)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(preprocessing);
        var width = preprocessing.FeatureCount;
        var features = new float[(long)table.RowCount * width];
        var columns = preprocessing.Columns.Select(column => table[column.Name]).ToArray();
        for (var row = 0; row < table.RowCount; row++)
        {
            var vector = features.AsSpan(row * width, width);
            for (var column = 0; column < columns.Length; column++)
            {
                preprocessing.Encode(column, columns[column].ValueAt(row), vector);
            }
        }

        return new TrainingMatrix(features, table.RowCount, width, [.. table.Labels.Select(label => (float)label)]);
    }
}
