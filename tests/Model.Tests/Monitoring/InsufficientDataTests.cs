using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.Batches;

namespace Mlops.Model.Tests.Monitoring;

/// <summary>Too little data is "insufficient data" whatever its shape, before any schema or drift check can claim a breach.</summary>
public sealed class InsufficientDataTests(MonitoringWorld world) : IClassFixture<MonitoringWorld>
{
    [Fact]
    public void An_empty_file_is_insufficient_data_not_a_schema_breach()
    {
        var path = Path.Combine(world.Folder, "empty.csv");
        File.WriteAllText(path, string.Empty);

        var load = BatchLoader.Load(path, world.Spec);

        Assert.Null(load.Table);
        Assert.StartsWith("The file is empty", load.InsufficientData, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_rows_is_insufficient_data()
    {
        var path = world.WriteBatch(rows: 300, seed: 501);
        File.WriteAllLines(path, File.ReadAllLines(path).Take(1));

        var load = BatchLoader.Load(path, world.Spec);

        Assert.StartsWith("The file has a header but no rows", load.InsufficientData, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_rows_of_one_class_lacking_a_column_are_insufficient_data_and_say_what_else_is_wrong()
    {
        var path = world.WriteBatch(rows: 300, seed: 502);
        var lines = File.ReadAllLines(path);
        var target = Array.IndexOf(lines[0].Split(','), ChurnColumns.Churned);
        var oneClass = lines.Skip(1).Where(line => line.Split(',')[target] == ChurnColumns.NegativeClass).Take(5);
        File.WriteAllLines(path, oneClass.Prepend(lines[0]).Select(line => string.Join(',', line.Split(',').Where((_, i) => i != 4))));

        var load = BatchLoader.Load(path, world.Spec);

        Assert.Null(load.Table);
        Assert.Contains("5 rows, fewer than the spec's minimumRows", load.InsufficientData, StringComparison.Ordinal);
        Assert.Contains("lacks the column(s)", load.InsufficientData, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_rows_of_one_class_are_insufficient_data_and_claim_no_drift()
    {
        var path = world.WriteBatch(rows: 2000, seed: 503);
        var lines = File.ReadAllLines(path);
        var target = Array.IndexOf(lines[0].Split(','), ChurnColumns.Churned);
        File.WriteAllLines(path, lines.Skip(1).Where(line => line.Split(',')[target] == ChurnColumns.NegativeClass).Prepend(lines[0]));

        var result = MonitorEngine.Evaluate(world.Input(BatchLoader.Load(path, world.Spec).Table!));

        Assert.Equal(MonitorStatus.InsufficientData, result.Status);
        Assert.Empty(result.Checks);
        Assert.Contains("minimumPerClass", result.Notes.Single(), StringComparison.Ordinal);
    }
}
