using System.Globalization;
using Mlops.Model.Training.Data.Csv;

namespace Mlops.Model.Training.Data.Loading;

/// <summary>
/// Each kept row's key for the split rule: the split.key column's text exactly as in the file (unique, never
/// empty), or without one the row's 1-based data row number, counting rows skipped as bad so a row keeps its key.
/// </summary>
internal sealed class SplitKeyReader(string source, string? column, int fieldIndex)
{
    private readonly List<string> keys = [];
    private readonly List<int> rowNumbers = [];
    private readonly Dictionary<string, long> linesByKey = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Keys => column is null ? new RowNumberKeys(rowNumbers) : keys;

    /// <summary>Why this row cannot be keyed, or null.</summary>
    public BadRow? Problem(Utf8CsvReader reader) =>
        column is not null && reader[fieldIndex].IsEmpty
            ? new BadRow(source, reader.LineNumber, column, string.Empty, "the split key (split.key) is empty; every row needs its own")
            : null;

    public void Keep(Utf8CsvReader reader, long dataRow)
    {
        if (column is null)
        {
            rowNumbers.Add(checked((int)dataRow));
            return;
        }

        var key = reader.GetString(fieldIndex);
        if (!linesByKey.TryAdd(key, reader.LineNumber))
        {
            throw new DataValidationException(
                $"{source}: the split key column '{column}' (split.key) must identify each row, but '{key}' is on line {linesByKey[key].ToString(CultureInfo.InvariantCulture)} and line {reader.LineNumber.ToString(CultureInfo.InvariantCulture)}.");
        }

        keys.Add(key);
    }
}
