using System.Text;
using System.Text.Json;
using Mlops.Model.Features;
using Mlops.Model.Preprocessing;

namespace Mlops.Api.Binding;

/// <summary>
/// The model's raw columns as the JSON binder needs them: names as UTF-8 to match property names without
/// allocating, and each categorical column's known categories so that a known value reuses one string.
/// </summary>
internal sealed class RecordSchema
{
    private readonly byte[][] _utf8Names;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _indexByName;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>?[] _knownCategories;

    public RecordSchema(PreprocessingModel preprocessing)
    {
        ArgumentNullException.ThrowIfNull(preprocessing);
        Columns = preprocessing.Columns;
        _utf8Names = [.. Columns.Select(c => Encoding.UTF8.GetBytes(c.Name))];
        _indexByName = Columns.Select((c, i) => KeyValuePair.Create(c.Name, i))
            .ToDictionary(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _knownCategories = [.. Columns.Select(c => KnownCategories(c, preprocessing))];
        ExpectedNames = string.Join(", ", Columns.Select(c => c.Name));
    }

    public IReadOnlyList<FeatureColumn> Columns { get; }

    public int Count => Columns.Count;

    /// <summary>The column names, listed in the error for an unknown feature.</summary>
    public string ExpectedNames { get; }

    /// <summary>
    /// The column named by the reader's current property name, or -1. Clients usually send the features in
    /// column order, so the expected column is tried first.
    /// </summary>
    public int FindColumn(ref Utf8JsonReader reader, int expected)
    {
        if (expected < Count && reader.ValueTextEquals(_utf8Names[expected]))
        {
            return expected;
        }

        return JsonText.TryLookup(ref reader, _indexByName, out var index) ? index : -1;
    }

    /// <summary>
    /// The category at the reader: the shared instance when the model knows it, a new string otherwise (shortened
    /// when long: no known category is that long, so it scores the same and its error echoes only a prefix), or
    /// null when the text is not valid UTF-8.
    /// </summary>
    public string? ReadCategory(int column, ref Utf8JsonReader reader) =>
        _knownCategories[column] is { } known && JsonText.TryLookup(ref reader, known, out var category)
            ? category
            : JsonText.TryGetString(ref reader) is { } text ? Echo.Shorten(text) : null;

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? KnownCategories(FeatureColumn column, PreprocessingModel preprocessing)
    {
        if (column.Kind != FeatureKind.Categorical)
        {
            return null;
        }

        var fitted = preprocessing.Encodings.Where(e => e.Column == column.Name).SelectMany(e => e.Categories);
        var allowed = column.AllowedValues ?? [];
        return new HashSet<string>(fitted.Concat(allowed), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
