using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Data.Loading;

/// <summary>
/// Parses one declared column's fields into chunked storage. A row is written at its index; a bad row is not
/// counted, so the next good row simply overwrites it.
/// </summary>
internal abstract class ColumnParser(ColumnSpec spec, int fieldIndex)
{
    public ColumnSpec Spec { get; } = spec;

    /// <summary>The position of this column in the file's header.</summary>
    public int FieldIndex { get; } = fieldIndex;

    /// <summary>Values that do not parse as the declared type at all (not merely out of range or not allowed); many of them mean the column's type is wrong.</summary>
    public int TypeErrors { get; private set; }

    /// <summary>Stores the value; returns why it is bad, or null.</summary>
    public string? Parse(int row, ReadOnlySpan<byte> field) =>
        MissingValues.IsMissing(field) ? SetMissing(row) : SetValue(row, field);

    public abstract TableColumn Build(int rows);

    protected abstract string? SetValue(int row, ReadOnlySpan<byte> field);

    protected abstract void StoreMissing(int row);

    /// <summary>Counts a value that is not of the column's type and returns the problem.</summary>
    protected string TypeError(string problem)
    {
        TypeErrors++;
        return problem;
    }

    private string? SetMissing(int row)
    {
        StoreMissing(row);
        return Spec.Required ? "is missing but the column is required" : null;
    }
}
