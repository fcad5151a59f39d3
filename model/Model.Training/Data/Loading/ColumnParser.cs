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

    /// <summary>Rows rejected for this column's values; many of them mean the column's type is wrong.</summary>
    public int BadValues { get; private set; }

    /// <summary>Stores the value; returns why it is bad, or null.</summary>
    public string? Parse(int row, ReadOnlySpan<byte> field)
    {
        var problem = MissingValues.IsMissing(field) ? SetMissing(row) : SetValue(row, field);
        if (problem is not null)
        {
            BadValues++;
        }

        return problem;
    }

    public abstract TableColumn Build(int rows);

    protected abstract string? SetValue(int row, ReadOnlySpan<byte> field);

    protected abstract void StoreMissing(int row);

    private string? SetMissing(int row)
    {
        StoreMissing(row);
        return Spec.Required ? "is missing but the column is required" : null;
    }
}
