using Mlops.Model.Features;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Spec;

namespace Mlops.Bench.ApiModel;

/// <summary>The synthetic churn table's feature columns, as a spec would declare them.</summary>
internal static class ChurnSchema
{
    public static ModelSpec Spec { get; } = new()
    {
        Data = new DataSourceSpec(),
        Target = new TargetSpec(ChurnColumns.Churned, ChurnColumns.PositiveClass),
        Columns =
        [
            new ColumnSpec(ChurnColumns.TenureMonths, FeatureKind.Numeric) { Required = true, Range = new ValueRange(0, 120) },
            new ColumnSpec(ChurnColumns.MonthlyCharges, FeatureKind.Numeric) { Required = true, Range = new ValueRange(0, 1000) },
            new ColumnSpec(ChurnColumns.TotalCharges, FeatureKind.Numeric) { Range = new ValueRange(0) },
            new ColumnSpec(ChurnColumns.Age, FeatureKind.Numeric) { Range = new ValueRange(16, 120) },
            new ColumnSpec(ChurnColumns.SupportCalls, FeatureKind.Numeric) { Range = new ValueRange(0) },
            new ColumnSpec(ChurnColumns.AvgSessionMinutes, FeatureKind.Numeric) { Range = new ValueRange(0) },
            new ColumnSpec(ChurnColumns.DataUsageGb, FeatureKind.Numeric) { Range = new ValueRange(0) },
            new ColumnSpec(ChurnColumns.DaysSinceLastLogin, FeatureKind.Numeric) { Range = new ValueRange(0) },
            new ColumnSpec(ChurnColumns.LatePayments, FeatureKind.Numeric) { Range = new ValueRange(0) },
            new ColumnSpec(ChurnColumns.Contract, FeatureKind.Categorical),
            new ColumnSpec(ChurnColumns.PaymentMethod, FeatureKind.Categorical),
            new ColumnSpec(ChurnColumns.InternetService, FeatureKind.Categorical),
            new ColumnSpec(ChurnColumns.Region, FeatureKind.Categorical),
            new ColumnSpec(ChurnColumns.PlanTier, FeatureKind.Categorical),
            new ColumnSpec(ChurnColumns.PaperlessBilling, FeatureKind.Boolean),
            new ColumnSpec(ChurnColumns.HasPartner, FeatureKind.Boolean),
            new ColumnSpec(ChurnColumns.AutoPay, FeatureKind.Boolean),
        ],
    };
}
