using Mlops.Model.Training.Data.Csv;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Retraining;

/// <summary>The split keys already in the combined data, when the spec splits by a key column (row numbers never repeat).</summary>
internal sealed class SplitKeys(int column, HashSet<string> seen)
{
    private static readonly SplitKeys None = new(-1, []);

    public static SplitKeys Of(string dataFile, IReadOnlyList<string> header, ModelSpec spec)
    {
        if (spec.Split.Key is not { } key)
        {
            return None;
        }

        var column = header.ToList().IndexOf(key);
        using var stream = File.OpenRead(dataFile);
        using var reader = new Utf8CsvReader(stream, dataFile, spec.Data.Delimiter);
        reader.Read();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            keys.Add(column < reader.FieldCount ? reader.GetString(column) : string.Empty);
        }

        return new SplitKeys(column, keys);
    }

    /// <summary>The first key of <paramref name="rows"/> that is already taken, or repeated among them; null when all are new.</summary>
    public string? FirstRepeated(IEnumerable<string[]> rows)
    {
        if (column < 0)
        {
            return null;
        }

        var batch = new HashSet<string>(StringComparer.Ordinal);
        return rows.Select(row => row[column]).FirstOrDefault(key => seen.Contains(key) || !batch.Add(key));
    }

    public void Add(IEnumerable<string[]> rows)
    {
        if (column >= 0)
        {
            seen.UnionWith(rows.Select(row => row[column]));
        }
    }
}
