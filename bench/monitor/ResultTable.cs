using System.Globalization;
using System.Text;

namespace Mlops.Bench.Monitor;

/// <summary>The bench's results as one Markdown table: a row per data set, batch size and case.</summary>
internal static class ResultTable
{
    public static string Markdown(IEnumerable<CaseResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| data set | rows | case | alarms | rate | goal | insufficient | most breached checks | note |");
        text.AppendLine("| --- | ---: | --- | ---: | ---: | --- | ---: | --- | --- |");
        foreach (var r in results)
        {
            var goal = r.Kind == BenchCaseKind.FalseAlarm ? "≤ 2 %" : "≥ 95 %";
            var met = r.Case.StartsWith("20 %", StringComparison.Ordinal) ? "report" : r.MeetsGoal ? "met" : "MISSED";
            var checks = string.Join(", ", r.TopChecks.Select(c => $"{c.Check} ×{c.Times}"));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.DataSet} | {r.Rows} | {r.Case} | {r.Alarms}/{r.Batches} | {r.Rate:P1} | {goal} {met} | {r.Insufficient} | {checks} | {r.Note} |");
        }

        return text.ToString();
    }
}
