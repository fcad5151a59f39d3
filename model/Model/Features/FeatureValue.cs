namespace Mlops.Model.Features;

/// <summary>One raw input value: a number, a category, or missing. Booleans are numbers 0 and 1.</summary>
public readonly record struct FeatureValue
{
    private FeatureValue(double number, string? category, bool isMissing)
    {
        Number = number;
        Category = category;
        IsMissing = isMissing;
    }

    public double Number { get; }

    public string? Category { get; }

    public bool IsMissing { get; }

    public static FeatureValue Missing { get; } = new(double.NaN, null, true);

    public static FeatureValue FromNumber(double number) =>
        double.IsNaN(number) ? Missing : new(number, null, false);

    public static FeatureValue FromBoolean(bool value) => new(value ? 1 : 0, null, false);

    public static FeatureValue FromCategory(string? category) =>
        category is null ? Missing : new(double.NaN, category, false);

    public override string ToString() =>
        IsMissing ? "(missing)" : Category ?? Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
