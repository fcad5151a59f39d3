namespace Mlops.Model.Features;

/// <summary>A raw input column as the model expects it: name, type, and the values the spec allows.</summary>
public sealed record FeatureColumn(
    string Name,
    FeatureKind Kind,
    bool Required = false,
    double? Min = null,
    double? Max = null,
    IReadOnlyList<string>? AllowedValues = null)
{
    /// <summary>Why the value is not acceptable for this column, or null when it is.</summary>
    public string? Check(FeatureValue value)
    {
        if (value.IsMissing)
        {
            return Required ? $"'{Name}' is required" : null;
        }

        return Kind switch
        {
            FeatureKind.Categorical when value.Category is null => $"'{Name}' must be a category (a string)",
            FeatureKind.Categorical => CheckAllowed(value.Category),
            FeatureKind.Boolean when value.Category is not null || value.Number is not (0 or 1) => $"'{Name}' must be true or false",
            FeatureKind.Numeric when value.Category is not null => $"'{Name}' must be a number",
            FeatureKind.Numeric => CheckRange(value.Number),
            _ => null,
        };
    }

    private string? CheckRange(double number)
    {
        if (double.IsInfinity(number))
        {
            return $"'{Name}' must be a finite number";
        }

        return number < Min || number > Max
            ? $"'{Name}' is {number.ToString(System.Globalization.CultureInfo.InvariantCulture)}, outside the allowed range [{Min?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-inf"}, {Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "inf"}]"
            : null;
    }

    // Unseen categories are allowed unless the spec closes the list: the model scores them as "other".
    private string? CheckAllowed(string category) =>
        AllowedValues is { Count: > 0 } allowed && !allowed.Contains(category)
            ? $"'{Name}' is '{category}', not one of: {string.Join(", ", allowed)}"
            : null;
}
