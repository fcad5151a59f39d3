namespace Mlops.Model.Training.Data.Synthetic;

/// <summary>
/// The hidden churn relation: main effects, two interactions (fiber on a monthly contract; support calls early in
/// the tenure), unobserved noise and a few flipped labels, so a good model reaches a ROC AUC of about 0.85, not 1.
/// </summary>
internal sealed class ChurnLabeler(Random random, double relationChange)
{
    private const double LabelFlipRate = 0.02;

    /// <summary>Strength of the observable effects against the unobserved noise: sets how learnable churn is.</summary>
    private const double EffectScale = 1.45;

    public bool Churns(ChurnCustomer customer)
    {
        var logit = ((1 - relationChange) * ReferenceLogit(customer)) + (relationChange * ChangedLogit(customer));
        var churns = random.NextDouble() < 1.0 / (1.0 + Math.Exp(-(logit + random.Normal(0, 0.3))));
        return random.Chance(LabelFlipRate) ? !churns : churns;
    }

    private static double ReferenceLogit(ChurnCustomer c)
    {
        var monthToMonth = c.Contract == "month_to_month";
        var fiber = c.InternetService == "fiber";
        return -4.7 + (EffectScale * Effects(c, monthToMonth, fiber));
    }

    private static double Effects(ChurnCustomer c, bool monthToMonth, bool fiber) =>
        (monthToMonth ? 1.3 : 0) - (c.Contract == "two_year" ? 0.9 : 0)
            - (0.03 * (c.TenureMonths - 20))
            + (fiber ? 0.4 : 0) + (fiber && monthToMonth ? 0.7 : 0)
            + (0.32 * c.SupportCalls * (c.TenureMonths < 12 ? 1.5 : 0.5))
            + (0.012 * (c.MonthlyCharges - 65))
            + (c.PaymentMethod == "electronic_check" ? 0.45 : 0) + (c.PaymentMethod == "crypto" ? 0.9 : 0)
            - (c.AutoPay ? 0.4 : 0) - (c.HasPartner ? 0.25 : 0)
            + (0.045 * Math.Min(c.DaysSinceLastLogin, 45))
            + (0.3 * c.LatePayments)
            - (0.008 * (c.Age - 45))
            + (c.PlanTier == "premium" ? -0.3 : 0);

    /// <summary>A different world: contracts and tenure no longer protect, usage and price drive churn.</summary>
    private static double ChangedLogit(ChurnCustomer c) =>
        -2.3
        + (c.Contract == "two_year" ? 0.8 : 0)
        + (0.02 * (c.TenureMonths - 20))
        + (0.025 * (c.MonthlyCharges - 65))
        - (0.01 * (c.DataUsageGb - 60))
        + (0.3 * c.SupportCalls);
}
