using System.Globalization;
using Mlops.Model.Features;
using Mlops.Model.Training.Data.Csv;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Data.Loading;

/// <summary>Matches the spec's columns and target to positions in the file's header.</summary>
/// <remarks>The parsers are an array so the per-row loop over them allocates no enumerator.</remarks>
internal sealed record HeaderLayout(int FieldCount, ColumnParser[] Columns, TargetParser Target, SplitKeyReader SplitKeys)
{
    public static HeaderLayout Bind(Utf8CsvReader header, string source, ModelSpec spec)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var field = 0; field < header.FieldCount; field++)
        {
            positions.TryAdd(header.GetString(field).Trim(), field);
        }

        var columns = spec.Columns.Select((column, index) => Parser(column, Find(positions, column.Name, $"$.columns[{index.ToString(CultureInfo.InvariantCulture)}].name", source, spec.SourceName))).ToArray();
        var target = new TargetParser(spec.Target, Find(positions, spec.Target.Column, "$.target.column", source, spec.SourceName));
        var keyColumn = spec.Split.Key;
        var keyField = keyColumn is null ? -1 : Find(positions, keyColumn, "$.split.key", source, spec.SourceName);
        return new HeaderLayout(header.FieldCount, columns, target, new SplitKeyReader(source, keyColumn, keyField));
    }

    private static int Find(Dictionary<string, int> positions, string name, string specPath, string source, string specName) =>
        positions.TryGetValue(name, out var position)
            ? position
            : throw new SpecException(specName, specPath, $"column \"{name}\" is not in {source}; its header has: {string.Join(", ", positions.Keys)}");

    private static ColumnParser Parser(ColumnSpec column, int field) => column.Kind switch
    {
        FeatureKind.Numeric => new NumericParser(column, field),
        FeatureKind.Boolean => new BooleanParser(column, field),
        _ => new CategoricalParser(column, field),
    };
}
