using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.Batches;
using Mlops.Model.Training.Monitoring.Checks;

namespace Mlops.Model.Tests.Monitoring;

/// <summary>Rows that break the spec's declaration are the finding: kept, counted and judged, never dropped before the checks.</summary>
public sealed class BadRowsTests(MonitoringWorld world) : IClassFixture<MonitoringWorld>
{
    [Fact]
    public void A_required_column_blank_in_thirty_percent_of_rows_breaches_its_missing_and_declaration_checks()
    {
        var result = Judge(seed: 601, ChurnColumns.MonthlyCharges, row => row % 10 < 3 ? string.Empty : null);

        Assert.Equal(MonitorStatus.Breach, result.Status);
        Assert.Equal(1000, result.Rows);
        Assert.Contains(CheckNames.Missing(ChurnColumns.MonthlyCharges), result.BreachedChecks);
        Assert.Contains(CheckNames.Invalid(ChurnColumns.MonthlyCharges), result.BreachedChecks);
        Assert.Contains("30 %", result.Checks.Single(c => c.Name == CheckNames.Invalid(ChurnColumns.MonthlyCharges)).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_outside_the_closed_list_breaches_as_unseen_and_undeclared()
    {
        var result = Judge(seed: 602, ChurnColumns.Contract, row => row % 10 < 3 ? "three_year" : null);

        Assert.Contains(CheckNames.Unseen(ChurnColumns.Contract), result.BreachedChecks);
        Assert.Contains(CheckNames.Invalid(ChurnColumns.Contract), result.BreachedChecks);
    }

    [Fact]
    public void Values_outside_the_declared_range_breach_the_declaration()
    {
        var result = Judge(seed: 603, ChurnColumns.Age, row => row % 20 == 0 ? "150" : null);

        Assert.Contains(CheckNames.Invalid(ChurnColumns.Age), result.BreachedChecks);
        Assert.Contains("outside [18, 120]", result.Checks.Single(c => c.Name == CheckNames.Invalid(ChurnColumns.Age)).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unchanged_batch_breaks_no_declaration()
    {
        var result = MonitorEngine.Evaluate(world.Input(BatchLoader.Load(world.WriteBatch(rows: 1000, seed: 604), world.Spec).Table!));

        Assert.DoesNotContain(result.BreachedChecks, c => c.StartsWith("invalid:", StringComparison.Ordinal));
        Assert.Contains(result.Checks, c => c.Name == CheckNames.Invalid(ChurnColumns.Contract));
    }

    private MonitorResult Judge(int seed, string column, Func<int, string?> replace)
    {
        var path = world.WriteBatch(rows: 1000, seed: seed);
        MonitoringWorld.EditColumn(path, column, (row, field) => replace(row) ?? field);
        var load = BatchLoader.Load(path, world.Spec);
        Assert.Equal(CheckStatus.Pass, load.Schema.Status);
        return MonitorEngine.Evaluate(world.Input(load.Table!));
    }
}
