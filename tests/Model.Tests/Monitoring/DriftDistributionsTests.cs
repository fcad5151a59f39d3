using Mlops.Model.Features;
using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Monitoring.Reporting;

namespace Mlops.Model.Tests.Monitoring;

public sealed class DriftDistributionsTests
{
    private static readonly DataProfile Reference = new()
    {
        Source = "train.csv",
        Rows = 30,
        Columns =
        [
            new ColumnProfile { Name = "tenure", Kind = FeatureKind.Numeric, Count = 30, Missing = 0, Histogram = new Histogram([0.0, 1, 2, 3], [10, 10, 10]) },
            new ColumnProfile { Name = "plan", Kind = FeatureKind.Categorical, Count = 30, Missing = 0, Frequencies = new CategoryFrequencies(2, [new("basic", 15), new("premium", 15)], 0) },
        ],
    };

    [Fact]
    public void A_numeric_feature_is_compared_on_the_profiles_bins_and_missing_values_are_left_out()
    {
        var batch = Table(new NumericColumn("tenure", FeatureKind.Numeric, [2.5, 2.9, 7, double.NaN]));

        var tenure = Assert.Single(DriftDistributions.Of(Reference, batch, ["tenure"]));

        Assert.Equal(["[0, 1)", "[1, 2)", "[2, 3)"], tenure.Bins);
        Assert.Equal([1 / 3.0, 1 / 3.0, 1 / 3.0], tenure.Reference);
        Assert.Equal([0.0, 0, 1], tenure.Batch); // 7 lies beyond the training range: the last bin takes it
    }

    [Fact]
    public void A_category_feature_is_compared_on_the_profiles_categories_with_unseen_values_as_other()
    {
        var batch = Table(new CategoricalColumn("plan", ["premium", "gold", "premium", "gold"]));

        var plan = Assert.Single(DriftDistributions.Of(Reference, batch, ["plan"]));

        Assert.Equal(["basic", "premium", CategoryFrequencies.OtherLabel], plan.Bins);
        Assert.Equal([0.5, 0.5, 0], plan.Reference);
        Assert.Equal([0, 0.5, 0.5], plan.Batch);
    }

    private static ColumnTable Table(TableColumn column) => new("batch.csv", [column], "churned", [.. Enumerable.Repeat(0, column.Count)]);
}
