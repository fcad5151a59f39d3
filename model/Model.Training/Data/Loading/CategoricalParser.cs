using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Data.Loading;

internal sealed class CategoricalParser : ColumnParser
{
    private readonly StringPool pool = new();
    private readonly HashSet<string>? allowed;
    private readonly ChunkedValues<string?> values = new();

    public CategoricalParser(ColumnSpec spec, int fieldIndex)
        : base(spec, fieldIndex)
    {
        allowed = spec.AllowedValues is { } list ? new HashSet<string>(list, StringComparer.Ordinal) : null;
    }

    public override TableColumn Build(int rows) => new CategoricalColumn(Spec.Name, values.ToArray(rows));

    protected override string? SetValue(int row, ReadOnlySpan<byte> field)
    {
        var value = pool.Intern(field.Trim((byte)' '));
        values[row] = value;
        return allowed is null || allowed.Contains(value)
            ? null
            : $"is not one of the allowed values {string.Join(", ", allowed.Order(StringComparer.Ordinal))}";
    }

    protected override void StoreMissing(int row) => values[row] = null;
}
