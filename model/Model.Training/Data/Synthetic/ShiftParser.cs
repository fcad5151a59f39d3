using System.Globalization;

namespace Mlops.Model.Training.Data.Synthetic;

/// <summary>Reads a shift from the command line: "tenure_months=0.5,monthly_charges=-1" (columns in standard deviations).</summary>
public static class ShiftParser
{
    public static ChurnShift Parse(string? covariates, double labelRelationChange, double extraMissingRate)
    {
        var shifts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var part in (covariates ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split('=', 2);
            if (pieces.Length != 2 || !double.TryParse(pieces[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var size))
            {
                throw new ArgumentException($"'{part}' is not a shift: write column=size, the size in standard deviations (e.g. tenure_months=0.5).");
            }

            shifts[pieces[0]] = size;
        }

        return new ChurnShift { CovariateShift = shifts, LabelRelationChange = labelRelationChange, ExtraMissingRate = extraMissingRate };
    }
}
