namespace Mlops.Model.Training.Data.Synthetic;

/// <summary>One generated customer with every true value (before values are hidden as missing).</summary>
internal sealed record ChurnCustomer
{
    public double TenureMonths { get; set; }

    public double MonthlyCharges { get; set; }

    public double TotalCharges { get; set; }

    public double Age { get; set; }

    public double SupportCalls { get; set; }

    public double AvgSessionMinutes { get; set; }

    public double DataUsageGb { get; set; }

    public double DaysSinceLastLogin { get; set; }

    public double LatePayments { get; set; }

    public required string Contract { get; init; }

    public required string PaymentMethod { get; init; }

    public required string InternetService { get; init; }

    public required string Region { get; init; }

    public required string PlanTier { get; init; }

    public bool PaperlessBilling { get; init; }

    public bool HasPartner { get; init; }

    public bool AutoPay { get; init; }
}
