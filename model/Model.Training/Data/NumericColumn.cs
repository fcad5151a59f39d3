using Mlops.Model.Features;

namespace Mlops.Model.Training.Data;

/// <summary>A numeric column, or a boolean one as 0/1; missing values are NaN.</summary>
public sealed class NumericColumn : TableColumn
{
    public NumericColumn(string name, FeatureKind kind, double[] values)
        : base(name, kind)
    {
        if (kind == FeatureKind.Categorical)
        {
            throw new ArgumentException($"Column '{name}' is categorical: use {nameof(CategoricalColumn)}.", nameof(kind));
        }

        Values = values;
    }

    public double[] Values { get; }

    public override int Count => Values.Length;

    public override bool IsMissing(int row) => double.IsNaN(Values[row]);

    public override FeatureValue ValueAt(int row) => FeatureValue.FromNumber(Values[row]);

    public override TableColumn Take(IReadOnlyList<int> rows) =>
        new NumericColumn(Name, Kind, rows.Select(row => Values[row]).ToArray());
}
