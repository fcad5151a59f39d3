using Mlops.Model.Features;

namespace Mlops.Model.Training.Data;

/// <summary>Scores the rows of a table with a loaded model (a champion from the feed, the production model).</summary>
public static class TableScoring
{
    /// <summary>The model's probability for every row; the table must hold every column the model reads.</summary>
    public static double[] Score(ScoringModel model, ColumnTable table)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(table);
        var columns = model.Columns.Select(column => ColumnFor(table, column)).ToArray();
        var record = new FeatureValue[columns.Length];
        var probabilities = new double[table.RowCount];
        for (var row = 0; row < probabilities.Length; row++)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                record[i] = columns[i].ValueAt(row);
            }

            probabilities[row] = model.PredictProbability(record);
        }

        return probabilities;
    }

    private static TableColumn ColumnFor(ColumnTable table, FeatureColumn column) =>
        table.Columns.FirstOrDefault(c => c.Name == column.Name)
        ?? throw new InvalidDataException(
            $"The model reads the column '{column.Name}', which {table.Source} does not have: score it on data with the model's columns.");
}
