namespace Mlops.Model.Training.Data;

/// <summary>A validated data set held by column: the declared feature columns and the 0/1 target.</summary>
public sealed class ColumnTable
{
    private readonly Dictionary<string, TableColumn> byName;

    public ColumnTable(string source, IReadOnlyList<TableColumn> columns, string targetName, int[] labels, IReadOnlyList<string>? splitKeys = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(labels);
        if (columns.Any(column => column.Count != labels.Length))
        {
            throw new ArgumentException("Every column must have one value per label.", nameof(columns));
        }

        if (splitKeys is not null && splitKeys.Count != labels.Length)
        {
            throw new ArgumentException("There must be one split key per label.", nameof(splitKeys));
        }

        Source = source;
        Columns = columns;
        TargetName = targetName;
        Labels = labels;
        SplitKeys = splitKeys ?? RowNumberKeys.Sequential(labels.Length);
        byName = columns.ToDictionary(column => column.Name, StringComparer.Ordinal);
    }

    /// <summary>Where the rows came from (the file path), for messages.</summary>
    public string Source { get; }

    public IReadOnlyList<TableColumn> Columns { get; }

    public string TargetName { get; }

    /// <summary>1 for the spec's positive class, 0 otherwise.</summary>
    public IReadOnlyList<int> Labels { get; }

    /// <summary>
    /// Each row's key for the split rule (<see cref="Pipeline.DataSplit"/>): the spec's split.key column as text, or the
    /// row's 1-based data row number in the file (rows skipped as bad still count).
    /// </summary>
    public IReadOnlyList<string> SplitKeys { get; }

    public int RowCount => Labels.Count;

    public int PositiveCount => Labels.Count(label => label == 1);

    public TableColumn this[string name] =>
        byName.TryGetValue(name, out var column) ? column : throw new KeyNotFoundException($"{Source} has no column '{name}'.");

    public ColumnTable Take(IReadOnlyList<int> rows) =>
        new(Source, Columns.Select(column => column.Take(rows)).ToList(), TargetName, rows.Select(row => Labels[row]).ToArray(), rows.Select(row => SplitKeys[row]).ToArray());
}
