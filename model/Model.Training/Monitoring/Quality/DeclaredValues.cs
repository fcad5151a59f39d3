using Mlops.Model.Training.Data;
using Mlops.Model.Training.Monitoring.Checks;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Monitoring.Quality;

/// <summary>
/// The values of a column that break the spec's declaration: missing in a required column, outside the declared range,
/// not in the closed values list. Training rejected such rows, so the batch keeps them and this check judges them.
/// </summary>
internal static class DeclaredValues
{
    public static MonitorCheck? Check(ColumnSpec declared, TableColumn column, double shareLimit)
    {
        if (!declared.Required && declared.Range is null && declared.AllowedValues is null)
        {
            return null;
        }

        var allowed = declared.AllowedValues?.ToHashSet(StringComparer.Ordinal);
        var invalid = Enumerable.Range(0, column.Count).Count(row => IsInvalid(declared, allowed, column, row));
        var share = column.Count == 0 ? 0 : (double)invalid / column.Count;
        return new MonitorCheck(
            CheckNames.Invalid(column.Name),
            CheckArea.Quality,
            $"{Percent.Of(share)} ({invalid} values {Describe(declared)})",
            $"≤ {Percent.Of(shareLimit)}",
            share > shareLimit ? CheckStatus.Breach : CheckStatus.Pass);
    }

    private static bool IsInvalid(ColumnSpec declared, HashSet<string>? allowed, TableColumn column, int row)
    {
        if (column.IsMissing(row))
        {
            return declared.Required;
        }

        return column switch
        {
            NumericColumn numbers when declared.Range is { } range => !range.Contains(numbers.Values[row]),
            CategoricalColumn categories when allowed is not null => !allowed.Contains(categories.Values[row]!),
            _ => false,
        };
    }

    private static string Describe(ColumnSpec declared)
    {
        var rules = new List<string>();
        if (declared.Required)
        {
            rules.Add("missing although required");
        }

        if (declared.Range is { } range)
        {
            rules.Add($"outside {range}");
        }

        if (declared.AllowedValues is not null)
        {
            rules.Add("not in the declared values");
        }

        return string.Join(" or ", rules);
    }
}
