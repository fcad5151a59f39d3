namespace Mlops.Model.Training.Data.Loading;

/// <summary>What the skip policy dropped: how many rows, the first examples and the count per column.</summary>
public sealed class BadRowReport
{
    public const int MaxExamples = 10;

    private readonly List<BadRow> examples = [];
    private readonly Dictionary<string, int> byColumn = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public IReadOnlyList<BadRow> Examples => examples;

    public IReadOnlyDictionary<string, int> ByColumn => byColumn;

    internal void Add(BadRow row)
    {
        Count++;
        byColumn[row.Column] = byColumn.GetValueOrDefault(row.Column) + 1;
        if (examples.Count < MaxExamples)
        {
            examples.Add(row);
        }
    }
}
