using Mlops.Model.Features;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Data.Loading;

internal sealed class NumericParser(ColumnSpec spec, int fieldIndex) : ColumnParser(spec, fieldIndex)
{
    private readonly ChunkedValues<double> values = new();

    public override TableColumn Build(int rows) => new NumericColumn(Spec.Name, FeatureKind.Numeric, values.ToArray(rows));

    protected override string? SetValue(int row, ReadOnlySpan<byte> field)
    {
        if (!FastDouble.TryParse(field, out var value))
        {
            values[row] = double.NaN;
            return TypeError("is not a number");
        }

        values[row] = value;
        return Spec.Range is { } range && !range.Contains(value) ? $"is outside the allowed range {range}" : null;
    }

    protected override void StoreMissing(int row) => values[row] = double.NaN;
}
