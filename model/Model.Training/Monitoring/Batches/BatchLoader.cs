using System.Globalization;
using Mlops.Model.Training.Data.Csv;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Monitoring.Checks;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Monitoring.Batches;

/// <summary>
/// Loads a labelled batch against the spec and turns schema problems into a breached "schema" check instead of an
/// exception: a missing column or a column of the wrong type is exactly what the scheduled check must report.
/// Bad rows are skipped (and counted) whatever the spec's training policy, so one odd row does not hide the rest.
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
        var missing = MissingColumns(path, spec);
        if (missing.Count > 0)
        {
            return Failed(path, fingerprint, $"missing column(s): {string.Join(", ", missing)}");
        }

        try
        {
            // A batch is scored whole, never split, so it needs no split key column.
            var loaded = CsvTableLoader.Load(path, spec with { Data = spec.Data with { BadRows = BadRowPolicy.Skip }, Split = spec.Split with { Key = null } });
            var value = $"{(spec.Columns.Count + 1).ToString(CultureInfo.InvariantCulture)} columns; {loaded.BadRows.Count.ToString(CultureInfo.InvariantCulture)} bad rows skipped";
            return new BatchLoad(path, loaded.Table, new MonitorCheck(CheckNames.Schema, CheckArea.Schema, value, Bound, CheckStatus.Pass), fingerprint);
        }
        catch (DataValidationException exception)
        {
            return Failed(path, fingerprint, exception.Message);
        }
    }

    private static BatchLoad Failed(string path, string fingerprint, string problem) =>
        new(path, null, new MonitorCheck(CheckNames.Schema, CheckArea.Schema, problem, Bound, CheckStatus.Breach), fingerprint);

    private static List<string> MissingColumns(string path, ModelSpec spec)
    {
        using var stream = File.OpenRead(path);
        using var reader = new Utf8CsvReader(stream, path, spec.Data.Delimiter);
        if (!reader.Read())
        {
            return [.. spec.Columns.Select(c => c.Name).Append(spec.Target.Column)];
        }

        var header = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).Trim()).ToHashSet(StringComparer.Ordinal);
        return [.. spec.Columns.Select(c => c.Name).Append(spec.Target.Column).Where(name => !header.Contains(name))];
    }
}
