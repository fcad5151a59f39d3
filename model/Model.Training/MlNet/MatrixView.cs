using Microsoft.ML;
using Microsoft.ML.Data;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Model.Training.MlNet;

/// <summary>An encoded matrix as ML.NET's data view: a boolean label and one float vector of the matrix's width.</summary>
internal static class MatrixView
{
    public const string Label = nameof(MatrixRow.Label);
    public const string Features = nameof(MatrixRow.Features);

    public static IDataView From(MLContext context, TrainingMatrix matrix)
    {
        var definition = SchemaDefinition.Create(typeof(MatrixRow));
        definition[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, matrix.Columns);
        return context.Data.LoadFromEnumerable(Rows(matrix), definition);
    }

    private static IEnumerable<MatrixRow> Rows(TrainingMatrix matrix)
    {
        for (var row = 0; row < matrix.Rows; row++)
        {
            yield return new MatrixRow
            {
                Label = matrix.Labels[row] > 0.5f,
                Features = matrix.Features.AsSpan(row * matrix.Columns, matrix.Columns).ToArray(),
            };
        }
    }

    /// <summary>One row as ML.NET reads it; public because ML.NET binds its properties by reflection.</summary>
    public sealed class MatrixRow
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];
    }
}
