using Mlops.Model.Tests.Data;
using Mlops.Model.Training.Data.Loading;
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
        Mlops.Model.Training.Data.Synthetic.ChurnGenerator.WriteFile(data, new() { Rows = 300, Seed = 1 });
        var lines = File.ReadAllLines(data);
        var reordered = folder.File("reordered.csv", Reversed(lines.Take(51)));
        var broken = folder.File("broken.csv", "churned,age\nyes,40\n");

        var combined = CombinedTrainingData.Write(data, [reordered, broken], Spec, Path.Combine(folder.Path, "out", "combined.csv"));

        Assert.Equal([reordered], combined.Batches);
        Assert.Equal(50, combined.BatchRows);
        Assert.StartsWith("broken.csv (missing tenure_months", Assert.Single(combined.Skipped), StringComparison.Ordinal);
        Assert.Equal([.. lines, .. lines.Skip(1).Take(50)], File.ReadAllLines(combined.Path));
        Assert.Equal(350, CsvTableLoader.Load(combined.Path, Spec).Table.RowCount);
        Assert.Equal(lines, File.ReadAllLines(data));
    }

    [Fact]
    public void The_fair_test_rows_are_the_combined_test_split_without_any_row_the_champion_trained_or_stopped_on()
    {
        var labels = Enumerable.Range(0, 1000).Select(i => i % 3 == 0 ? 1 : 0).ToArray();
        var champion = DataSplit.Create([.. labels.Take(800)], Spec.Split);

        var fair = ChallengerTraining.FairTestRows(labels, 800, Spec.Split);

        Assert.NotEmpty(fair);
        Assert.Subset(DataSplit.Create(labels, Spec.Split).Test.ToHashSet(), fair.ToHashSet());
        Assert.Empty(fair.Intersect(champion.Train.Concat(champion.Validation)));
        Assert.Contains(fair, row => row >= 800);
    }

    // The same rows with the columns in reverse order: the combined file must put them back in the data file's order.
    private static string Reversed(IEnumerable<string> lines) =>
        string.Join('\n', lines.Select(line => string.Join(',', line.Split(',').Reverse()))) + "\n";
}
