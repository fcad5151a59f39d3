using Mlops.Model.Training.Data;
using Mlops.Model.Training.Data.Synthetic;

namespace Mlops.Model.Tests.Monitoring;

/// <summary>
/// A fixed logistic score on a few churn drivers, standing in for the booster so these tests need no trained model:
/// it ranks customers well enough (ROC AUC near 0.8) and reacts to the same shifts a real model would.
/// </summary>
internal static class StandInScorer
{
    public const double Threshold = 0.35;

    public static double[] Score(ColumnTable table)
    {
        var tenure = Numbers(table, ChurnColumns.TenureMonths);
        var calls = Numbers(table, ChurnColumns.SupportCalls);
        var late = Numbers(table, ChurnColumns.LatePayments);
        var contract = ((CategoricalColumn)table[ChurnColumns.Contract]).Values;
        var scores = new double[table.RowCount];
        for (var row = 0; row < scores.Length; row++)
        {
            var logit = -2.2 + (contract[row] == "month_to_month" ? 1.2 : 0) - (0.03 * (Or(tenure[row], 20) - 20))
                + (0.3 * Or(calls[row], 1)) + (0.3 * Or(late[row], 0.5));
            scores[row] = 1 / (1 + Math.Exp(-logit));
        }

        return scores;
    }

    private static double[] Numbers(ColumnTable table, string column) => ((NumericColumn)table[column]).Values;

    private static double Or(double value, double fallback) => double.IsNaN(value) ? fallback : value;
}
