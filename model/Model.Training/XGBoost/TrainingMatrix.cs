namespace Mlops.Model.Training.XGBoost;

/// <summary>A dense float32 matrix, row-major, NaN meaning missing, with one 0/1 label per row.</summary>
public sealed record TrainingMatrix(float[] Features, int Rows, int Columns, float[] Labels)
{
    /// <summary>Fails with a message naming the split when the shapes do not agree.</summary>
    public void Validate(string splitName)
    {
        if (Rows <= 0 || Columns <= 0)
        {
            throw new ArgumentException($"The {splitName} matrix needs at least one row and one column (got {Rows}×{Columns}).");
        }

        if (Features.Length != (long)Rows * Columns)
        {
            throw new ArgumentException(
                $"The {splitName} matrix declares {Rows}×{Columns} but holds {Features.Length} feature values.");
        }

        if (Labels.Length != Rows)
        {
            throw new ArgumentException($"The {splitName} matrix has {Rows} rows but {Labels.Length} labels.");
        }
    }
}
