namespace Mlops.Model.Training.Data.Synthetic;

/// <summary>Samples customers with realistic dependencies (contract follows tenure, charges follow the service, …).</summary>
internal sealed class ChurnCustomerSampler(Random random, ChurnShift shift)
{
    private static readonly (string, double)[] PaymentMethods =
    [
        ("electronic_check", 0.33), ("mailed_check", 0.19), ("bank_transfer", 0.22), ("credit_card", 0.22),
        ("paypal", 0.035), ("crypto", 0.005),
    ];

    private static readonly (string, double)[] Regions =
    [
        ("north", 0.22), ("south", 0.2), ("east", 0.17), ("west", 0.16), ("central", 0.1), ("coastal", 0.07),
        ("mountain", 0.05), ("islands", 0.02), ("arctic", 0.005), ("overseas", 0.002),
    ];

    private static readonly (string, double)[] Internet = [("fiber", 0.45), ("dsl", 0.35), ("none", 0.2)];

    /// <summary>The spread of each numeric column, the unit of a covariate shift.</summary>
    public static IReadOnlyDictionary<string, double> StandardDeviations { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [ChurnColumns.TenureMonths] = 20,
        [ChurnColumns.MonthlyCharges] = 25,
        [ChurnColumns.TotalCharges] = 1800,
        [ChurnColumns.Age] = 14,
        [ChurnColumns.SupportCalls] = 1.5,
        [ChurnColumns.AvgSessionMinutes] = 15,
        [ChurnColumns.DataUsageGb] = 40,
        [ChurnColumns.DaysSinceLastLogin] = 12,
        [ChurnColumns.LatePayments] = 0.8,
    };

    public ChurnCustomer Next()
    {
        var tenure = Math.Min(72, Math.Floor(random.Exponential(22)));
        var internet = random.Pick(Internet);
        var monthly = Math.Clamp(random.Normal(internet switch { "fiber" => 82, "dsl" => 56, _ => 26 }, 12), 18, 130);
        var customer = new ChurnCustomer
        {
            TenureMonths = tenure,
            MonthlyCharges = monthly,
            TotalCharges = tenure * monthly * random.Normal(1, 0.05),
            Age = Math.Clamp(Math.Round(random.Normal(45, 14)), 18, 90),
            SupportCalls = random.Poisson(internet == "fiber" ? 1.6 : 0.9),
            AvgSessionMinutes = Math.Exp(random.Normal(3, 0.5)),
            DataUsageGb = internet == "none" ? 0 : Math.Exp(random.Normal(internet == "fiber" ? 4 : 3.2, 0.6)),
            DaysSinceLastLogin = Math.Floor(random.Exponential(10)),
            LatePayments = random.Poisson(0.5),
            Contract = PickContract(tenure),
            PaymentMethod = random.Pick(PaymentMethods),
            InternetService = internet,
            Region = random.Pick(Regions),
            PlanTier = random.Pick([("basic", 0.45), ("standard", 0.38), ("premium", 0.17)]),
            PaperlessBilling = random.Chance(0.6),
            HasPartner = random.Chance(0.48),
            AutoPay = random.Chance(0.45),
        };
        ApplyCovariateShift(customer);
        return customer;
    }

    private string PickContract(double tenure)
    {
        // Long-standing customers tend to sign longer contracts.
        var monthToMonth = Math.Max(0.15, 0.7 - (0.008 * tenure));
        var twoYear = Math.Min(0.5, 0.05 + (0.006 * tenure));
        return random.Pick([("month_to_month", monthToMonth), ("one_year", 1 - monthToMonth - twoYear), ("two_year", twoYear)]);
    }

    private void ApplyCovariateShift(ChurnCustomer customer)
    {
        foreach (var (column, size) in shift.CovariateShift)
        {
            var delta = size * StandardDeviations[column];
            switch (column)
            {
                case ChurnColumns.TenureMonths: customer.TenureMonths = Math.Max(0, Math.Round(customer.TenureMonths + delta)); break;
                case ChurnColumns.MonthlyCharges: customer.MonthlyCharges = Math.Max(0, customer.MonthlyCharges + delta); break;
                case ChurnColumns.TotalCharges: customer.TotalCharges = Math.Max(0, customer.TotalCharges + delta); break;
                case ChurnColumns.Age: customer.Age = Math.Max(18, Math.Round(customer.Age + delta)); break;
                case ChurnColumns.SupportCalls: customer.SupportCalls = Math.Max(0, Math.Round(customer.SupportCalls + delta)); break;
                case ChurnColumns.AvgSessionMinutes: customer.AvgSessionMinutes = Math.Max(0, customer.AvgSessionMinutes + delta); break;
                case ChurnColumns.DataUsageGb: customer.DataUsageGb = Math.Max(0, customer.DataUsageGb + delta); break;
                case ChurnColumns.DaysSinceLastLogin: customer.DaysSinceLastLogin = Math.Max(0, Math.Round(customer.DaysSinceLastLogin + delta)); break;
                default: customer.LatePayments = Math.Max(0, Math.Round(customer.LatePayments + delta)); break;
            }
        }
    }
}
