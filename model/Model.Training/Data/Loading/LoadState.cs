using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Mlops.Model.Training.Data.Csv;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Data.Loading;

/// <summary>The rows read so far and the bad rows met, applying the spec's bad-row policy.</summary>
internal sealed class LoadState(string source, ModelSpec spec, HeaderLayout layout)
{
    public HeaderLayout Layout { get; } = layout;

    public BadRowReport BadRows { get; } = new();

    /// <summary>Rows kept.</summary>
    public int Rows { get; private set; }

    /// <summary>Data rows in the file (kept or not).</summary>
    public long RowsRead { get; private set; }

    public void ReadRow(Utf8CsvReader reader)
    {
        RowsRead++;
        if (reader.FieldCount == Layout.FieldCount)
        {
            RequireUtf8(reader);
        }

        var (bad, valuesOnly) = reader.FieldCount == Layout.FieldCount ? FirstBadValue(reader) : (WrongFieldCount(reader), false);
        if (bad is null || (valuesOnly && spec.Data.BadRows == BadRowPolicy.Keep))
        {
            if (bad is not null)
            {
                BadRows.Add(bad);
            }

            Layout.SplitKeys.Keep(reader, RowsRead);
            Rows++;
            return;
        }

        if (spec.Data.BadRows == BadRowPolicy.Fail)
        {
            throw new DataValidationException($"Bad row: {bad} (data.badRows is \"fail\"; set it to \"skip\" to drop such rows).", bad);
        }

        BadRows.Add(bad);
    }

    /// <summary>The row's first problem, and whether it lies only in feature values (the row is whole, its target present).</summary>
    private (BadRow? Bad, bool ValuesOnly) FirstBadValue(Utf8CsvReader reader)
    {
        BadRow? first = null;
        foreach (var parser in Layout.Columns)
        {
            // Every column is parsed even after a problem so that the per-column counts reveal a wrong type.
            var field = reader[parser.FieldIndex];
            var problem = parser.Parse(Rows, field);
            if (problem is not null)
            {
                first ??= new BadRow(source, reader.LineNumber, parser.Spec.Name, Encoding.UTF8.GetString(field), problem);
            }
        }

        var target = reader[Layout.Target.FieldIndex];
        var targetProblem = Layout.Target.Parse(Rows, target);
        var other = (targetProblem is null ? null : new BadRow(source, reader.LineNumber, spec.Target.Column, Encoding.UTF8.GetString(target), targetProblem))
            ?? Layout.SplitKeys.Problem(reader);
        return (first ?? other, other is null);
    }

    // Bytes that are not UTF-8 mean the file has another encoding: every row may be affected, so whatever the
    // bad-row policy, the load stops instead of reading them as new categories.
    private void RequireUtf8(Utf8CsvReader reader)
    {
        foreach (var parser in Layout.Columns)
        {
            RequireUtf8(reader, parser.FieldIndex, parser.Spec.Name);
        }

        RequireUtf8(reader, Layout.Target.FieldIndex, spec.Target.Column);
    }

    private void RequireUtf8(Utf8CsvReader reader, int fieldIndex, string column)
    {
        var field = reader[fieldIndex];
        if (!Utf8.IsValid(field))
        {
            var bad = new BadRow(source, reader.LineNumber, column, Encoding.UTF8.GetString(field), $"is not valid UTF-8 ({InvalidByte(field)}); save the file as UTF-8");
            throw new DataValidationException($"Bad encoding: {bad}.", bad);
        }
    }

    private static string InvalidByte(ReadOnlySpan<byte> field)
    {
        var offset = 0;
        while (Rune.DecodeFromUtf8(field[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        return $"byte 0x{field[offset]:X2} at position {(offset + 1).ToString(CultureInfo.InvariantCulture)} of the field";
    }

    private BadRow WrongFieldCount(Utf8CsvReader reader) =>
        new(source, reader.LineNumber, "(row)", $"{reader.FieldCount.ToString(CultureInfo.InvariantCulture)} fields", $"the header has {Layout.FieldCount.ToString(CultureInfo.InvariantCulture)} fields");
}
