using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Tests.Pipeline;

public sealed class DataSplitTests
{
    private static readonly int[] Labels = [.. Enumerable.Range(0, 1000).Select(row => row % 5 == 0 ? 1 : 0)];

    [Fact]
    public void Every_row_lands_in_exactly_one_part()
    {
        var split = DataSplit.Create(Labels, new SplitSpec());

        Assert.Equal(Enumerable.Range(0, Labels.Length), split.Train.Concat(split.Validation).Concat(split.Test).Order());
        Assert.Equal(200, split.Test.Length);
        Assert.Equal(200, split.Validation.Length);
    }

    [Fact]
    public void A_stratified_split_keeps_the_positive_rate_in_every_part()
    {
        var split = DataSplit.Create(Labels, new SplitSpec());

        foreach (var part in new[] { split.Train, split.Validation, split.Test })
        {
            Assert.Equal(0.2, part.Average(row => Labels[row]), 3);
        }
    }

    [Fact]
    public void The_seed_decides_the_split()
    {
        var first = DataSplit.Create(Labels, new SplitSpec { Seed = 1 });

        Assert.Equal(first.Test, DataSplit.Create(Labels, new SplitSpec { Seed = 1 }).Test);
        Assert.NotEqual(first.Test, DataSplit.Create(Labels, new SplitSpec { Seed = 2 }).Test);
    }
}
