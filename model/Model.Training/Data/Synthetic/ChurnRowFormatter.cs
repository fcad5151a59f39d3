using System.Globalization;
using System.Text;

namespace Mlops.Model.Training.Data.Synthetic;

/// <summary>Formats one customer as a CSV line, hiding some values as missing (empty fields).</summary>
internal sealed class ChurnRowFormatter(Random random, double missingRate, string customerIdPrefix)
{
    private readonly StringBuilder line = new(256);

    public string Format(int number, ChurnCustomer c, bool churns)
    {
        line.Clear();
        Append(string.Create(CultureInfo.InvariantCulture, $"{customerIdPrefix}{number:D7}"));
        Append(c.TenureMonths, "0");
        Append(c.MonthlyCharges, "0.00");
        // New customers have not been billed yet: no total, like the well-known telco data set.
        AppendMaybe(c.TenureMonths == 0 ? double.NaN : c.TotalCharges, "0.00", missingRate / 3);
        AppendMaybe(c.Age, "0", missingRate);
        Append(c.SupportCalls, "0");
        AppendMaybe(c.AvgSessionMinutes, "0.0", missingRate * 3);
        Append(c.DataUsageGb, "0.0");
        AppendMaybe(c.DaysSinceLastLogin, "0", missingRate * 2);
        Append(c.LatePayments, "0");
        Append(c.Contract);
        Append(c.PaymentMethod);
        Append(c.InternetService);
        AppendMaybe(c.Region, missingRate / 2);
        Append(c.PlanTier);
        Append(Flag(c.PaperlessBilling));
        Append(Flag(c.HasPartner));
        AppendMaybe(Flag(c.AutoPay), missingRate);
        line.Append(churns ? ChurnColumns.PositiveClass : ChurnColumns.NegativeClass);
        return line.ToString();
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private void Append(string value) => line.Append(value).Append(',');

    private void Append(double value, string format) => Append(value.ToString(format, CultureInfo.InvariantCulture));

    private void AppendMaybe(double value, string format, double rate) =>
        Append(double.IsNaN(value) || random.Chance(rate) ? string.Empty : value.ToString(format, CultureInfo.InvariantCulture));

    private void AppendMaybe(string value, double rate) => Append(random.Chance(rate) ? string.Empty : value);
}
