namespace Mlops.Model.Training.Spec;

/// <summary>Bounded numbers of the trainer sections, each failing with the key's path and the bound it broke.</summary>
internal static class SpecNumbers
{
    public static int? Positive(SpecNode node, string name)
    {
        var value = node.Integer(name);
        return value is null or > 0 ? value : throw node.Error(node.Child(name), $"expected a positive integer but found {value}");
    }

    public static int? NotNegative(SpecNode node, string name)
    {
        var value = node.Integer(name);
        return value is null or >= 0 ? value : throw node.Error(node.Child(name), $"expected 0 or more but found {value}");
    }

    public static double? InRange(SpecNode node, string name, double min, double max, bool lowOpen = false)
    {
        var value = node.Number(name);
        var tooLow = lowOpen ? value <= min : value < min;
        return value is null || (!tooLow && value <= max)
            ? value
            : throw node.Error(node.Child(name), $"expected a number {(lowOpen ? ">" : ">=")} {min}{(max < double.MaxValue ? $" and <= {max}" : string.Empty)} but found {value}");
    }
}
