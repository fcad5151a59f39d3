using Mlops.Model.Features;

namespace Mlops.Model.Training.Data;

/// <summary>A categorical column; values are interned strings, missing is null.</summary>
public sealed class CategoricalColumn(string name, string?[] values) : TableColumn(name, FeatureKind.Categorical)
{
    public IReadOnlyList<string?> Values { get; } = values;

    public override int Count => Values.Count;

    public override bool IsMissing(int row) => Values[row] is null;

    public override FeatureValue ValueAt(int row) => FeatureValue.FromCategory(Values[row]);

    public override TableColumn Take(IReadOnlyList<int> rows) =>
        new CategoricalColumn(Name, rows.Select(row => Values[row]).ToArray());
}
