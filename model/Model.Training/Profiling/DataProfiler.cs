using Mlops.Model.Features;
using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;

namespace Mlops.Model.Training.Profiling;

/// <summary>Profiles every column of a table, columns in parallel (each column's work is independent).</summary>
public static class DataProfiler
{
    public static DataProfile Profile(ColumnTable table, string positiveClass, ProfileOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        var columns = new ColumnProfile[table.Columns.Count];
        Parallel.For(0, columns.Length, index => columns[index] = ProfileColumn(table.Columns[index], options));
        var positives = table.PositiveCount;
        return new DataProfile
        {
            Source = table.Source,
            Rows = table.RowCount,
            Target = new TargetProfile(table.TargetName, positiveClass, positives, (double)positives / table.RowCount),
            Columns = columns,
        };
    }

    public static ColumnProfile ProfileColumn(TableColumn column, ProfileOptions options)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(options);
        return column switch
        {
            NumericColumn { Kind: FeatureKind.Boolean } booleans => ProfileBoolean(booleans, options),
            NumericColumn numbers => ProfileNumeric(numbers, options),
            CategoricalColumn categories => ProfileCategorical(categories, options),
            _ => throw new NotSupportedException($"Column '{column.Name}' is a {column.GetType().Name}, which cannot be profiled."),
        };
    }

    private static ColumnProfile ProfileNumeric(NumericColumn column, ProfileOptions options)
    {
        var (summary, histogram, missing) = NumericStatistics.Compute(column.Values, options.Bins);
        var distribution = summary is null ? null : Distributions.Of(column.Values, options.DistributionPoints);
        return new ColumnProfile
        {
            Name = column.Name,
            Kind = column.Kind,
            Count = column.Count - missing,
            Missing = missing,
            Summary = summary,
            Histogram = histogram,
            Distribution = distribution,
        };
    }

    private static ColumnProfile ProfileBoolean(NumericColumn column, ProfileOptions options)
    {
        var (frequencies, missing) = CategoryStatistics.Compute(CategoryStatistics.BooleansAsText(column.Values), options.TopK, options.VocabularyLimit);
        return new ColumnProfile
        {
            Name = column.Name,
            Kind = column.Kind,
            Count = column.Count - missing,
            Missing = missing,
            Summary = NumericStatistics.Compute(column.Values, options.Bins).Summary,
            Frequencies = frequencies,
        };
    }

    private static ColumnProfile ProfileCategorical(CategoricalColumn column, ProfileOptions options)
    {
        var (frequencies, missing) = CategoryStatistics.Compute(column.Values, options.TopK, options.VocabularyLimit);
        return new ColumnProfile
        {
            Name = column.Name,
            Kind = column.Kind,
            Count = column.Count - missing,
            Missing = missing,
            Frequencies = frequencies,
        };
    }
}
