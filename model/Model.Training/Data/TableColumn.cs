using Mlops.Model.Features;

namespace Mlops.Model.Training.Data;

/// <summary>One validated column of a <see cref="ColumnTable"/>.</summary>
public abstract class TableColumn(string name, FeatureKind kind)
{
    public string Name { get; } = name;

    public FeatureKind Kind { get; } = kind;

    public abstract int Count { get; }

    public abstract bool IsMissing(int row);

    /// <summary>The raw value of one row, as the model's preprocessing takes it.</summary>
    public abstract FeatureValue ValueAt(int row);

    /// <summary>The rows at the given indices, in that order (for train/validation/test splits).</summary>
    public abstract TableColumn Take(IReadOnlyList<int> rows);
}
