using System.Globalization;

namespace Mlops.Model.Training.Spec;

/// <summary>Checks that span several keys (fractions that must leave rows for training, unique names).</summary>
internal static class SpecRules
{
    public static void Check(ModelSpec spec, SpecNode root)
    {
        CheckSplit(spec.Split, root);
        CheckSplitKey(spec, root);
        CheckColumns(spec, root);
    }

    // The key is read as raw text on both sides of the split rule; a feature or the label would be read as a value instead.
    private static void CheckSplitKey(ModelSpec spec, SpecNode root)
    {
        var key = spec.Split.Key;
        var path = $"{root.Child("split")}.key";
        if (key is null)
        {
            return;
        }

        if (key.Trim().Length == 0)
        {
            throw root.Error(path, "expected the name of a column that identifies each row but found an empty name");
        }

        if (key == spec.Target.Column || spec.Columns.Any(column => column.Name == key))
        {
            throw root.Error(path, $"\"{key}\" is {(key == spec.Target.Column ? "the target" : "an input column")}; the split key must be a column of its own that identifies each row (an id)");
        }
    }

    private static void CheckSplit(SplitSpec split, SpecNode root)
    {
        var path = root.Child("split");
        if (split.TestFraction is <= 0 or >= 1)
        {
            throw root.Error($"{path}.test", $"expected a fraction between 0 and 1 (exclusive) but found {Format(split.TestFraction)}");
        }

        if (split.ValidationFraction is <= 0 or >= 1)
        {
            throw root.Error($"{path}.validation", $"expected a fraction between 0 and 1 (exclusive) but found {Format(split.ValidationFraction)}");
        }

        if (split.TestFraction + split.ValidationFraction >= 0.9)
        {
            throw root.Error(path, $"test + validation is {Format(split.TestFraction + split.ValidationFraction)}: leave at least 10 % of the rows for training");
        }
    }

    private static void CheckColumns(ModelSpec spec, SpecNode root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < spec.Columns.Count; index++)
        {
            var column = spec.Columns[index];
            var path = $"{root.Child("columns")}[{index.ToString(CultureInfo.InvariantCulture)}]";
            if (!seen.Add(column.Name))
            {
                throw root.Error($"{path}.name", $"column \"{column.Name}\" is declared twice");
            }

            if (column.Name == spec.Target.Column)
            {
                throw root.Error($"{path}.name", $"\"{column.Name}\" is the target column; declare it only under target");
            }

            if (column.Range is not null && column.Kind != Features.FeatureKind.Numeric)
            {
                throw root.Error($"{path}.range", "a range is only allowed on a numeric column");
            }

            if (column.AllowedValues is not null && column.Kind != Features.FeatureKind.Categorical)
            {
                throw root.Error($"{path}.values", "allowed values are only allowed on a categorical column");
            }
        }
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
