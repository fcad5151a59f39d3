using System.Text.Json.Serialization;

namespace Mlops.Bench.ApiCeiling;

/// <summary>The bench record's fields, bound by the framework: what /predict reads, without checking or scoring it.</summary>
public sealed record ChurnRecord(
    [property: JsonPropertyName("tenure_months")] double? TenureMonths,
    [property: JsonPropertyName("monthly_charges")] double? MonthlyCharges,
    [property: JsonPropertyName("total_charges")] double? TotalCharges,
    [property: JsonPropertyName("age")] double? Age,
    [property: JsonPropertyName("support_calls")] double? SupportCalls,
    [property: JsonPropertyName("avg_session_minutes")] double? AvgSessionMinutes,
    [property: JsonPropertyName("data_usage_gb")] double? DataUsageGb,
    [property: JsonPropertyName("days_since_last_login")] double? DaysSinceLastLogin,
    [property: JsonPropertyName("late_payments")] double? LatePayments,
    [property: JsonPropertyName("contract")] string? Contract,
    [property: JsonPropertyName("payment_method")] string? PaymentMethod,
    [property: JsonPropertyName("internet_service")] string? InternetService,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("plan_tier")] string? PlanTier,
    [property: JsonPropertyName("paperless_billing")] bool? PaperlessBilling,
    [property: JsonPropertyName("has_partner")] bool? HasPartner,
    [property: JsonPropertyName("auto_pay")] bool? AutoPay);
