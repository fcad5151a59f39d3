using System.Globalization;
using Mlops.Model.Training.Data.Csv;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Monitoring.Checks;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Monitoring.Batches;

/// <summary>
/// Loads a labelled batch against the spec. Too few rows (an empty file, a header only, fewer than minimumRows) is
/// "insufficient data" before anything else, whatever else is wrong with the file. Then schema problems become a
/// breached "schema" check instead of an exception: a missing column or a column of the wrong type is exactly what the
/// scheduled check must report. Rows whose values break the declaration are kept, for the quality checks to judge.
/// </summary>
public static class BatchLoader
{
    private const string Bound = "every declared column present with its type";

    public static BatchLoad Load(string path, ModelSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The batch {path} does not exist.", path);
        }

        var fingerprint = Model.Checksums.Sha256(File.ReadAllBytes(path));
        var (header, rows) = HeaderAndRows(path, spec);
        var missing = spec.Columns.Select(c => c.Name).Append(spec.Target.Column).Where(name => header?.Contains(name) != true).ToList();
        if (rows < spec.Monitoring.MinimumRows)
        {
            var shape = header is null ? "The file is empty" : rows == 0 ? "The file has a header but no rows" : null;
            var note = MonitorEngine.RowsNote(rows, spec.Monitoring.MinimumRows);
            var columns = missing.Count > 0 && header is not null ? $" (it also lacks the column(s) {string.Join(", ", missing)})" : string.Empty;
            return Insufficient(path, fingerprint, (shape is null ? note : $"{shape}: {note}") + columns);
        }

        if (missing.Count > 0)
        {
            return Failed(path, fingerprint, $"missing column(s): {string.Join(", ", missing)}");
        }

        try
        {
            var loaded = LoadRows(path, spec);
            var value = string.Create(CultureInfo.InvariantCulture, $"{spec.Columns.Count + 1} columns; {loaded.BadRows.Count} rows break the declaration (judged below)");
            return new BatchLoad(path, loaded.Table, new MonitorCheck(CheckNames.Schema, CheckArea.Schema, value, Bound, CheckStatus.Pass), fingerprint);
        }
        catch (DataValidationException exception)
        {
            return Failed(path, fingerprint, exception.Message);
        }
    }

    /// <summary>
    /// The batch's rows as monitoring reads them: rows that break the declaration kept as read, one class allowed, no
    /// split key (a batch is scored whole, never split). Throws <see cref="DataValidationException"/> on a wrong type.
    /// </summary>
    public static LoadedData LoadRows(string path, ModelSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return CsvTableLoader.Load(path, spec with { Data = spec.Data with { BadRows = BadRowPolicy.Keep }, Split = spec.Split with { Key = null } }, requireBothClasses: false);
    }

    private static BatchLoad Failed(string path, string fingerprint, string problem) =>
        new(path, null, new MonitorCheck(CheckNames.Schema, CheckArea.Schema, problem, Bound, CheckStatus.Breach), fingerprint);

    private static BatchLoad Insufficient(string path, string fingerprint, string why) =>
        new(path, null, new MonitorCheck(CheckNames.Schema, CheckArea.Schema, "not checked", Bound, CheckStatus.Skipped, why), fingerprint) { InsufficientData = why };

    /// <summary>The header's names (null for an empty file) and the number of data rows.</summary>
    private static (HashSet<string>? Header, int Rows) HeaderAndRows(string path, ModelSpec spec)
    {
        using var stream = File.OpenRead(path);
        using var reader = new Utf8CsvReader(stream, path, spec.Data.Delimiter);
        if (!reader.Read())
        {
            return (null, 0);
        }

        var header = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).Trim()).ToHashSet(StringComparer.Ordinal);
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        return (header, rows);
    }
}
