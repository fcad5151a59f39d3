using System.Collections;
using System.Globalization;

namespace Mlops.Model.Training.Data;

/// <summary>
/// Split keys that are data row numbers, kept as numbers and written as text only when read: a million-row load
/// then holds one int per row instead of a million strings.
/// </summary>
internal sealed class RowNumberKeys(IReadOnlyList<int> rowNumbers) : IReadOnlyList<string>
{
    public int Count => rowNumbers.Count;

    public string this[int index] => rowNumbers[index].ToString(CultureInfo.InvariantCulture);

    /// <summary>Rows numbered 1 to <paramref name="count"/>, as in a file with no row skipped.</summary>
    public static RowNumberKeys Sequential(int count) => new([.. Enumerable.Range(1, count)]);

    public IEnumerator<string> GetEnumerator() => rowNumbers.Select(number => number.ToString(CultureInfo.InvariantCulture)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
