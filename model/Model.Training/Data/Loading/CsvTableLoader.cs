using System.Globalization;
using Mlops.Model.Features;
using Mlops.Model.Training.Data.Csv;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Data.Loading;

/// <summary>
/// Streams a CSV file into a <see cref="ColumnTable"/>, validating every declared column. Undeclared columns are
/// ignored. Bad rows fail the load (naming file, line, column and value) or are skipped and reported.
/// </summary>
public static class CsvTableLoader
{
    /// <summary>A column whose values fail to parse in more than this share of rows is taken to have the wrong type.</summary>
    private const double WrongTypeShare = 0.5;

    /// <param name="requireBothClasses">Training needs both classes; a monitored batch judges a one-class batch itself.</param>
    public static LoadedData Load(string path, ModelSpec spec, bool requireBothClasses = true)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!File.Exists(path))
        {
            throw new DataValidationException($"The data file {path} does not exist (spec data.path is \"{spec.Data.Path}\").");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Load(stream, path, spec, requireBothClasses);
    }

    public static LoadedData Load(Stream stream, string source, ModelSpec spec, bool requireBothClasses = true)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var reader = new Utf8CsvReader(stream, source, spec.Data.Delimiter);
        if (!reader.Read())
        {
            throw new DataValidationException($"{source} is empty: expected a header line naming the columns, then the rows.");
        }

        var layout = HeaderLayout.Bind(reader, source, spec);
        var state = new LoadState(source, spec, layout);
        while (reader.Read())
        {
            state.ReadRow(reader);
        }

        return Finish(state, source, spec, requireBothClasses);
    }

    private static LoadedData Finish(LoadState state, string source, ModelSpec spec, bool requireBothClasses)
    {
        if (state.RowsRead == 0)
        {
            throw new DataValidationException($"{source} has a header but no rows.");
        }

        CheckColumnTypes(state, source);
        if (state.Rows == 0)
        {
            throw new DataValidationException($"{source}: all {state.RowsRead} rows are bad; the first: {state.BadRows.Examples[0]}.");
        }

        var labels = state.Layout.Target.Build(state.Rows);
        if (requireBothClasses)
        {
            CheckClasses(state.Layout.Target, source, spec, state.Rows);
        }

        var columns = state.Layout.Columns.Select(parser => parser.Build(state.Rows)).ToList();
        return new LoadedData(new ColumnTable(source, columns, spec.Target.Column, labels, state.Layout.SplitKeys.Keys), state.RowsRead, state.BadRows);
    }

    private static void CheckColumnTypes(LoadState state, string source)
    {
        foreach (var parser in state.Layout.Columns)
        {
            if (parser.TypeErrors > state.RowsRead * WrongTypeShare)
            {
                var example = state.BadRows.Examples.FirstOrDefault(row => row.Column == parser.Spec.Name);
                throw new DataValidationException(
                    $"{source}: column '{parser.Spec.Name}' is declared {Describe(parser.Spec.Kind)} but {parser.TypeErrors} of {state.RowsRead} values are not"
                    + (example is null ? "." : $" (e.g. line {example.Line}: '{example.Value}' {example.Problem})."));
            }
        }
    }

    private static void CheckClasses(TargetParser target, string source, ModelSpec spec, int rows)
    {
        var classes = $"positive class '{spec.Target.PositiveClass}': {target.Positives.ToString(CultureInfo.InvariantCulture)} of {rows.ToString(CultureInfo.InvariantCulture)} rows";
        if (target.Positives == 0 || target.Positives == rows)
        {
            var only = target.Positives == 0 ? string.Join("', '", target.NegativeValues) : spec.Target.PositiveClass;
            throw new DataValidationException($"{source}: the target '{spec.Target.Column}' has one class only ('{only}'; {classes}); training needs both.");
        }

        if (target.NegativeValues.Count > 1)
        {
            throw new DataValidationException(
                $"{source}: the target '{spec.Target.Column}' has more than two classes ('{spec.Target.PositiveClass}', '{string.Join("', '", target.NegativeValues)}'); this is binary classification.");
        }
    }

    private static string Describe(FeatureKind kind) => kind switch
    {
        FeatureKind.Numeric => "numeric",
        FeatureKind.Boolean => "boolean",
        _ => "categorical",
    };
}
