namespace Mlops.Model.Training.XGBoost;

/// <summary>An XGBoost DMatrix built from dense float32 rows; NaN is the missing value.</summary>
public sealed unsafe class NativeDMatrix : IDisposable
{
    private NativeDMatrix(DMatrixHandle handle, int rows)
    {
        Handle = handle;
        Rows = rows;
    }

    public int Rows { get; }

    internal DMatrixHandle Handle { get; }

    /// <summary>Copies the rows into XGBoost; <paramref name="threads"/> ≤ 0 lets XGBoost use every core.</summary>
    public static NativeDMatrix FromDense(ReadOnlySpan<float> rowMajor, int rows, int columns, int threads = 0)
    {
        if (rowMajor.Length != (long)rows * columns)
        {
            throw new ArgumentException($"Expected {rows}×{columns} values but got {rowMajor.Length}.", nameof(rowMajor));
        }

        IntPtr raw;
        fixed (float* data = rowMajor)
        {
            NativeCall.Check(
                NativeMethods.XGDMatrixCreateFromMat_omp(data, (ulong)rows, (ulong)columns, float.NaN, out raw, threads),
                nameof(NativeMethods.XGDMatrixCreateFromMat_omp));
        }

        return new NativeDMatrix(new DMatrixHandle(raw), rows);
    }

    internal static NativeDMatrix FromTrainingMatrix(TrainingMatrix matrix)
    {
        var dmatrix = FromDense(matrix.Features, matrix.Rows, matrix.Columns);
        dmatrix.SetLabels(matrix.Labels);
        return dmatrix;
    }

    public void SetLabels(ReadOnlySpan<float> labels)
    {
        fixed (float* data = labels)
        {
            NativeCall.Check(
                NativeMethods.XGDMatrixSetFloatInfo(Handle, "label", data, (ulong)labels.Length),
                nameof(NativeMethods.XGDMatrixSetFloatInfo));
        }
    }

    public void Dispose() => Handle.Dispose();
}
