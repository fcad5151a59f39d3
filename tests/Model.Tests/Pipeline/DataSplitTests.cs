using System.Globalization;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Tests.Pipeline;

public sealed class DataSplitTests
{
    private static readonly int[] Labels = [.. Enumerable.Range(0, 1000).Select(row => row % 5 == 0 ? 1 : 0)];

    private static readonly string[] RowNumbers = [.. Enumerable.Range(1, 1000).Select(row => row.ToString(CultureInfo.InvariantCulture))];

    [Fact]
    public void Every_row_lands_in_exactly_one_part()
    {
        var split = DataSplit.Create(Labels, RowNumbers, new SplitSpec());

        Assert.Equal(Enumerable.Range(0, Labels.Length), split.Train.Concat(split.Validation).Concat(split.Test).Order());
        Assert.Equal(200, split.Test.Length);
        Assert.Equal(200, split.Validation.Length);
    }

    [Fact]
    public void A_stratified_split_keeps_the_positive_rate_in_every_part()
    {
        var split = DataSplit.Create(Labels, RowNumbers, new SplitSpec());

        foreach (var part in new[] { split.Train, split.Validation, split.Test })
        {
            Assert.Equal(0.2, part.Average(row => Labels[row]), 3);
        }
    }

    [Fact]
    public void The_seed_decides_the_split()
    {
        var first = DataSplit.Create(Labels, RowNumbers, new SplitSpec { Seed = 1 });

        Assert.Equal(first.Test, DataSplit.Create(Labels, RowNumbers, new SplitSpec { Seed = 1 }).Test);
        Assert.NotEqual(first.Test, DataSplit.Create(Labels, RowNumbers, new SplitSpec { Seed = 2 }).Test);
    }

    /// <summary>
    /// The documented rule by hand: the SHA-256 of "42:1" … "42:6" starts 03dd…, cdf5…, 9943…, 720b…, 7cba…, 57bc…
    /// (printf '42:1' | sha256sum), so the order is keys 1, 6, 4, 5, 3, 2; a third of six rows is two for test, two for validation.
    /// </summary>
    [Fact]
    public void Rows_are_ordered_by_the_sha256_of_seed_and_key()
    {
        int[] labels = [0, 0, 0, 0, 0, 0];
        string[] keys = ["1", "2", "3", "4", "5", "6"];

        var split = DataSplit.Create(labels, keys, new SplitSpec { Seed = 42, TestFraction = 1 / 3.0, ValidationFraction = 1 / 3.0, Stratified = false });

        Assert.Equal([0, 5], split.Test);
        Assert.Equal([3, 4], split.Validation);
        Assert.Equal([1, 2], split.Train);
    }

    [Fact]
    public void A_row_keeps_its_part_when_the_rows_are_reordered()
    {
        var keys = RowNumbers.Select(number => $"customer-{number}").ToArray();
        var reversedKeys = keys.Reverse().ToArray();
        var reversedLabels = Labels.Reverse().ToArray();

        var split = DataSplit.Create(Labels, keys, new SplitSpec());
        var reversed = DataSplit.Create(reversedLabels, reversedKeys, new SplitSpec());

        Assert.Equal(split.Test.Select(row => keys[row]).Order(StringComparer.Ordinal), reversed.Test.Select(row => reversedKeys[row]).Order(StringComparer.Ordinal));
        Assert.Equal(split.Validation.Select(row => keys[row]).Order(StringComparer.Ordinal), reversed.Validation.Select(row => reversedKeys[row]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_key_per_row_is_required()
    {
        var error = Assert.Throws<ArgumentException>(() => DataSplit.Create(Labels, RowNumbers[..10], new SplitSpec()));

        Assert.Contains("one per row", error.Message, StringComparison.Ordinal);
    }
}
