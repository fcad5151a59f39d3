using System.Text;
using Mlops.Model.Training.Data.Csv;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Retraining;

/// <summary>
/// Writes the training data for a retrain: the spec's data file as it is, then the rows of each new labelled batch
/// with their fields put in the data file's column order. The data file itself is never modified. A batch that lacks
/// a declared column, the target or the split key is left out (and named), because its rows cannot be trained on;
/// so is a batch that repeats a split key already in the data, because the key must place each row in one part.
/// </summary>
public static class CombinedTrainingData
{
    public static CombinedData Write(string dataFile, IReadOnlyList<string> batches, ModelSpec spec, string outputFile)
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(spec);
        var delimiter = spec.Data.Delimiter;
        var header = ReadHeader(dataFile, delimiter) ?? throw new InvalidDataException($"The data file {dataFile} is empty: there is nothing to retrain on.");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputFile))!);
        File.Copy(dataFile, outputFile, overwrite: true);
        EnsureEndsWithNewLine(outputFile);
        var keys = SplitKeys.Of(dataFile, header, spec);
        var used = new List<string>();
        var skipped = new List<string>();
        var rows = 0;
        using var output = new StreamWriter(outputFile, append: true, new UTF8Encoding(false));
        foreach (var batch in batches)
        {
            var missing = MissingColumns(ReadHeader(batch, delimiter) ?? [], spec);
            if (missing.Count > 0)
            {
                skipped.Add($"{Path.GetFileName(batch)} (missing {string.Join(", ", missing)})");
                continue;
            }

            var lines = ReorderedRows(batch, header, delimiter);
            if (keys.FirstRepeated(lines) is { } repeated)
            {
                skipped.Add($"{Path.GetFileName(batch)} (repeats {spec.Split.Key} '{repeated}', already in the training data)");
                continue;
            }

            keys.Add(lines);
            lines.ForEach(line => output.WriteLine(string.Join(delimiter, line.Select(field => Quote(field, delimiter)))));
            rows += lines.Count;
            used.Add(batch);
        }

        return new CombinedData(outputFile, used, skipped, rows);
    }

    /// <summary>The batch's rows with their fields in the data file's column order (empty where the batch has no such column).</summary>
    private static List<string[]> ReorderedRows(string batch, IReadOnlyList<string> header, char delimiter)
    {
        using var stream = File.OpenRead(batch);
        using var reader = new Utf8CsvReader(stream, batch, delimiter);
        reader.Read();
        var positions = Enumerable.Range(0, reader.FieldCount).ToDictionary(i => reader.GetString(i).Trim(), i => i, StringComparer.Ordinal);
        var order = header.Select(name => positions.TryGetValue(name, out var i) ? i : -1).ToArray();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. order.Select(i => i >= 0 && i < reader.FieldCount ? reader.GetString(i) : string.Empty)]);
        }

        return rows;
    }

    private static List<string>? ReadHeader(string file, char delimiter)
    {
        using var stream = File.OpenRead(file);
        using var reader = new Utf8CsvReader(stream, file, delimiter);
        return reader.Read() ? [.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).Trim())] : null;
    }

    private static List<string> MissingColumns(List<string> header, ModelSpec spec) =>
        [.. spec.Columns.Select(c => c.Name).Append(spec.Target.Column).Concat(spec.Split.Key is { } key ? [key] : [])
            .Where(name => !header.Contains(name, StringComparer.Ordinal))];

    // RFC 4180: a field holding the delimiter, a quote or a line break is quoted, its quotes doubled.
    private static string Quote(string field, char delimiter) =>
        field.IndexOfAny([delimiter, '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    private static void EnsureEndsWithNewLine(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        if (stream.Length == 0)
        {
            return;
        }

        stream.Seek(-1, SeekOrigin.End);
        if (stream.ReadByte() != '\n')
        {
            stream.WriteByte((byte)'\n');
        }
    }
}

/// <summary>The combined file, the batches whose rows it holds, those left out with why, and how many rows they added.</summary>
public sealed record CombinedData(string Path, IReadOnlyList<string> Batches, IReadOnlyList<string> Skipped, int BatchRows);
