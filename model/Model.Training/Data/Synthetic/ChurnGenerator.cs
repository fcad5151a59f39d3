using System.Globalization;
using System.Text;

namespace Mlops.Model.Training.Data.Synthetic;

/// <summary>
/// Writes the embedded default data set: a customer-churn table. The same options give the same bytes
/// (one seeded random stream, invariant-culture formatting, "\n" line ends).
/// </summary>
public static class ChurnGenerator
{
    private const double BaseMissingRate = 0.03;

    public static void WriteFile(string path, ChurnDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        // Write beside and move so a reader never sees half a file.
        var partial = path + ".partial";
        using (var stream = File.Create(partial))
        {
            Write(stream, options);
        }

        File.Move(partial, path, overwrite: true);
    }

    public static void Write(Stream stream, ChurnDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var random = new Random(options.Seed);
        var sampler = new ChurnCustomerSampler(random, options.Shift);
        var labeler = new ChurnLabeler(random, options.Shift.LabelRelationChange);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', ChurnColumns.All));
        var row = new ChurnRowFormatter(random, BaseMissingRate + options.Shift.ExtraMissingRate, options.CustomerIdPrefix);
        for (var index = 0; index < options.Rows; index++)
        {
            var customer = sampler.Next();
            var churns = labeler.Churns(customer);
            writer.WriteLine(row.Format(index + 1, customer, churns));
        }
    }

    private static void Validate(ChurnDataOptions options)
    {
        if (options.Rows < 1)
        {
            throw new ArgumentException($"Rows must be at least 1 but is {options.Rows.ToString(CultureInfo.InvariantCulture)}.", nameof(options));
        }

        if (options.CustomerIdPrefix.Length == 0 || options.CustomerIdPrefix.IndexOfAny([',', '"', '\n', '\r']) >= 0)
        {
            throw new ArgumentException($"CustomerIdPrefix '{options.CustomerIdPrefix}' must be non-empty and hold no comma, quote or line break.", nameof(options));
        }

        foreach (var column in options.Shift.CovariateShift.Keys)
        {
            if (!ChurnCustomerSampler.StandardDeviations.ContainsKey(column))
            {
                throw new ArgumentException(
                    $"Cannot shift column '{column}': covariate shift applies to the numeric columns {string.Join(", ", ChurnCustomerSampler.StandardDeviations.Keys)}.",
                    nameof(options));
            }
        }

        if (options.Shift.LabelRelationChange is < 0 or > 1 || options.Shift.ExtraMissingRate is < 0 or > 0.9)
        {
            throw new ArgumentException("LabelRelationChange must be in [0, 1] and ExtraMissingRate in [0, 0.9].", nameof(options));
        }
    }
}
