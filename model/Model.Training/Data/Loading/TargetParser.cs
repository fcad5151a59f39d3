using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Data.Loading;

/// <summary>The target: the positive class becomes 1, any other value 0; it remembers the other values to catch a third class.</summary>
internal sealed class TargetParser(TargetSpec spec, int fieldIndex)
{
    private readonly byte[] positive = System.Text.Encoding.UTF8.GetBytes(spec.PositiveClass);
    private readonly StringPool negatives = new();
    private readonly ChunkedValues<int> labels = new();

    public int FieldIndex { get; } = fieldIndex;

    public TargetSpec Spec { get; } = spec;

    public int Positives { get; private set; }

    /// <summary>Up to a few distinct non-positive values, for the error message about classes.</summary>
    public List<string> NegativeValues { get; } = [];

    public string? Parse(int row, ReadOnlySpan<byte> field)
    {
        var value = field.Trim((byte)' ');
        if (MissingValues.IsMissing(value))
        {
            return "the target is missing";
        }

        labels[row] = value.SequenceEqual(positive) ? 1 : 0;
        if (labels[row] == 0)
        {
            RememberNegative(value);
        }

        return null;
    }

    /// <summary>Counts the positives of the rows kept, once loading is done.</summary>
    public int[] Build(int rows)
    {
        var kept = labels.ToArray(rows);
        Positives = kept.Count(label => label == 1);
        return kept;
    }

    private void RememberNegative(ReadOnlySpan<byte> value)
    {
        var before = negatives.Count;
        var text = negatives.Intern(value);
        if (negatives.Count > before && NegativeValues.Count < 5)
        {
            NegativeValues.Add(text);
        }
    }
}
