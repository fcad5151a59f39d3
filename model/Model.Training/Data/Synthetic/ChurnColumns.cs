namespace Mlops.Model.Training.Data.Synthetic;

/// <summary>The column names of the generated churn table, in file order.</summary>
public static class ChurnColumns
{
    public const string CustomerId = "customer_id";
    public const string TenureMonths = "tenure_months";
    public const string MonthlyCharges = "monthly_charges";
    public const string TotalCharges = "total_charges";
    public const string Age = "age";
    public const string SupportCalls = "support_calls";
    public const string AvgSessionMinutes = "avg_session_minutes";
    public const string DataUsageGb = "data_usage_gb";
    public const string DaysSinceLastLogin = "days_since_last_login";
    public const string LatePayments = "late_payments";
    public const string Contract = "contract";
    public const string PaymentMethod = "payment_method";
    public const string InternetService = "internet_service";
    public const string Region = "region";
    public const string PlanTier = "plan_tier";
    public const string PaperlessBilling = "paperless_billing";
    public const string HasPartner = "has_partner";
    public const string AutoPay = "auto_pay";
    public const string Churned = "churned";

    public const string PositiveClass = "yes";
    public const string NegativeClass = "no";

    public static IReadOnlyList<string> All { get; } =
    [
        CustomerId, TenureMonths, MonthlyCharges, TotalCharges, Age, SupportCalls, AvgSessionMinutes, DataUsageGb,
        DaysSinceLastLogin, LatePayments, Contract, PaymentMethod, InternetService, Region, PlanTier, PaperlessBilling,
        HasPartner, AutoPay, Churned,
    ];
}
