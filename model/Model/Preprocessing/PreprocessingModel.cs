using Mlops.Model.Features;

namespace Mlops.Model.Preprocessing;

/// <summary>
/// Turns a raw record into the booster's feature vector: numbers pass through (missing stays NaN),
/// booleans are 0/1, categories are one-hot over the fitted vocabulary with unseen values in "other",
/// and a missing category leaves its whole block NaN so the booster takes its learned default branch.
/// </summary>
public sealed class PreprocessingModel
{
    private readonly int[] _offsets;
    private readonly CategoryEncoding?[] _encodings;

    public PreprocessingModel(IReadOnlyList<FeatureColumn> columns, IReadOnlyList<CategoryEncoding> encodings)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(encodings);
        Columns = columns;
        Encodings = encodings;
        _offsets = new int[columns.Count];
        _encodings = new CategoryEncoding?[columns.Count];
        var names = new List<string>();
        for (var i = 0; i < columns.Count; i++)
        {
            _offsets[i] = names.Count;
            var column = columns[i];
            if (column.Kind == FeatureKind.Categorical)
            {
                var encoding = encodings.FirstOrDefault(e => e.Column == column.Name)
                    ?? throw new ArgumentException($"The categorical column '{column.Name}' has no fitted encoding.", nameof(encodings));
                _encodings[i] = encoding;
                names.AddRange(encoding.SlotNames());
            }
            else
            {
                names.Add(column.Name);
            }
        }

        FeatureNames = names;
    }

    public IReadOnlyList<FeatureColumn> Columns { get; }

    public IReadOnlyList<CategoryEncoding> Encodings { get; }

    /// <summary>The names of the booster's features, in order (one-hot slots as "column=category").</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    public int FeatureCount => FeatureNames.Count;

    /// <summary>Where the column's features start in the vector.</summary>
    public int OffsetOf(int column) => _offsets[column];

    /// <summary>Encodes one record given in <see cref="Columns"/> order; allocates nothing.</summary>
    public void Transform(ReadOnlySpan<FeatureValue> record, Span<float> features)
    {
        if (record.Length != Columns.Count)
        {
            throw new ArgumentException($"A record has {Columns.Count} values, one per column; got {record.Length}.", nameof(record));
        }

        if (features.Length < FeatureCount)
        {
            throw new ArgumentException($"The feature vector needs {FeatureCount} slots; got {features.Length}.", nameof(features));
        }

        for (var i = 0; i < record.Length; i++)
        {
            Encode(i, record[i], features);
        }
    }

    /// <summary>Encodes one value of column <paramref name="column"/> into its slots of the vector.</summary>
    public void Encode(int column, FeatureValue value, Span<float> features)
    {
        var offset = _offsets[column];
        if (_encodings[column] is not { } encoding)
        {
            features[offset] = value.IsMissing ? float.NaN : (float)value.Number;
            return;
        }

        var block = features.Slice(offset, encoding.Width);
        if (value.IsMissing)
        {
            block.Fill(float.NaN);
            return;
        }

        block.Clear();
        block[encoding.SlotOf(value.Category!)] = 1f;
    }

    /// <summary>The index of a raw column by name, or -1.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
