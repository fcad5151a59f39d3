using Mlops.Model.Tests.Data;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Retraining;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Tests.Retraining;

public sealed class CombinedTrainingDataTests
{
    private static readonly ModelSpec Spec = SpecLoader.Load(RepositoryFiles.PathOf("model/spec.json"));

    [Fact]
    public void Batch_rows_follow_the_data_files_columns_and_a_batch_without_a_declared_column_is_left_out_by_name()
    {
        using var folder = new TempFolder();
        var data = folder.File("data.csv");
        ChurnGenerator.WriteFile(data, new() { Rows = 300, Seed = 1 });
        var batchFile = folder.File("batch-source.csv");
        ChurnGenerator.WriteFile(batchFile, new() { Rows = 50, Seed = 2, CustomerIdPrefix = "B" });
        var batchLines = File.ReadAllLines(batchFile);
        var reordered = folder.File("reordered.csv", Reversed(batchLines));
        var broken = folder.File("broken.csv", "churned,age\nyes,40\n");
        var lines = File.ReadAllLines(data);

        var combined = CombinedTrainingData.Write(data, [reordered, broken], Spec, Path.Combine(folder.Path, "out", "combined.csv"));

        Assert.Equal([reordered], combined.Batches);
        Assert.Equal(50, combined.BatchRows);
        Assert.StartsWith("broken.csv (missing tenure_months", Assert.Single(combined.Skipped), StringComparison.Ordinal);
        Assert.Equal([.. lines, .. batchLines.Skip(1)], File.ReadAllLines(combined.Path));
        Assert.Equal(350, CsvTableLoader.Load(combined.Path, Spec).Table.RowCount);
        Assert.Equal(lines, File.ReadAllLines(data));
    }

    [Fact]
    public void A_batch_that_repeats_a_split_key_of_the_data_is_left_out_naming_the_key()
    {
        using var folder = new TempFolder();
        var data = folder.File("data.csv");
        ChurnGenerator.WriteFile(data, new() { Rows = 300, Seed = 1 });
        var fresh = folder.File("fresh.csv");
        ChurnGenerator.WriteFile(fresh, new() { Rows = 40, Seed = 3, CustomerIdPrefix = "B" });
        var repeats = folder.File("repeats.csv");
        ChurnGenerator.WriteFile(repeats, new() { Rows = 40, Seed = 4 });

        var combined = CombinedTrainingData.Write(data, [fresh, repeats], Spec, Path.Combine(folder.Path, "out", "combined.csv"));

        Assert.Equal([fresh], combined.Batches);
        Assert.Equal("repeats.csv (repeats customer_id 'C0000001', already in the training data)", Assert.Single(combined.Skipped));
        Assert.Equal(340, CsvTableLoader.Load(combined.Path, Spec).Table.RowCount);
    }

    [Fact]
    public void The_fair_test_rows_are_the_combined_test_split_without_any_row_the_champion_trained_or_stopped_on()
    {
        var labels = Enumerable.Range(0, 1000).Select(i => i % 3 == 0 ? 1 : 0).ToArray();
        var keys = Enumerable.Range(1, 1000).Select(i => $"K{i}").ToArray();
        var champion = DataSplit.Create([.. labels.Take(800)], [.. keys.Take(800)], Spec.Split);

        var fair = ChallengerTraining.FairTestRows(labels, keys, 800, Spec.Split);

        Assert.NotEmpty(fair);
        Assert.Subset(DataSplit.Create(labels, keys, Spec.Split).Test.ToHashSet(), fair.ToHashSet());
        Assert.Empty(fair.Intersect(champion.Train.Concat(champion.Validation)));
        Assert.Contains(fair, row => row >= 800);
    }

    // The same rows with the columns in reverse order: the combined file must put them back in the data file's order.
    private static string Reversed(IEnumerable<string> lines) =>
        string.Join('\n', lines.Select(line => string.Join(',', line.Split(',').Reverse()))) + "\n";
}
