using System.Text;
using Mlops.Model.Features;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Data.Loading;

/// <summary>true/false, yes/no, 1/0, t/f, y/n in any case, stored as 1/0.</summary>
internal sealed class BooleanParser(ColumnSpec spec, int fieldIndex) : ColumnParser(spec, fieldIndex)
{
    private readonly ChunkedValues<double> values = new();

    public override TableColumn Build(int rows) => new NumericColumn(Spec.Name, FeatureKind.Boolean, values.ToArray(rows));

    protected override string? SetValue(int row, ReadOnlySpan<byte> field)
    {
        if (IsAny(field, "true"u8, "yes"u8, "1"u8, "t"u8, "y"u8))
        {
            values[row] = 1;
            return null;
        }

        if (IsAny(field, "false"u8, "no"u8, "0"u8, "f"u8, "n"u8))
        {
            values[row] = 0;
            return null;
        }

        values[row] = double.NaN;
        return TypeError("is not a boolean (true/false, yes/no, 1/0)");
    }

    protected override void StoreMissing(int row) => values[row] = double.NaN;

    private static bool IsAny(ReadOnlySpan<byte> field, ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c, ReadOnlySpan<byte> d, ReadOnlySpan<byte> e) =>
        Ascii.EqualsIgnoreCase(field, a) || Ascii.EqualsIgnoreCase(field, b) || Ascii.EqualsIgnoreCase(field, c)
        || Ascii.EqualsIgnoreCase(field, d) || Ascii.EqualsIgnoreCase(field, e);
}
