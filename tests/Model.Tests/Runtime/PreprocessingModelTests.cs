using Mlops.Model;
using Mlops.Model.Features;
using Mlops.Model.Preprocessing;

namespace Mlops.Model.Tests.Runtime;

public sealed class PreprocessingModelTests
{
    private static readonly PreprocessingModel Model = new(
        [
            new FeatureColumn("tenure", FeatureKind.Numeric, Required: true, Min: 0, Max: 120),
            new FeatureColumn("plan", FeatureKind.Categorical),
            new FeatureColumn("autopay", FeatureKind.Boolean),
        ],
        [new CategoryEncoding("plan", ["basic", "premium"])]);

    [Fact]
    public void Names_every_feature_with_one_hot_slots_and_an_other_slot()
    {
        Assert.Equal(["tenure", "plan=basic", "plan=premium", "plan=other", "autopay"], Model.FeatureNames);
    }

    [Fact]
    public void Encodes_numbers_booleans_and_categories_in_place()
    {
        var features = new float[Model.FeatureCount];

        Model.Transform(
            [FeatureValue.FromNumber(12.5), FeatureValue.FromCategory("premium"), FeatureValue.FromBoolean(true)],
            features);

        Assert.Equal([12.5f, 0f, 1f, 0f, 1f], features);
    }

    [Fact]
    public void An_unseen_category_is_scored_as_other()
    {
        var features = new float[Model.FeatureCount];

        Model.Transform([FeatureValue.FromNumber(1), FeatureValue.FromCategory("enterprise"), FeatureValue.FromBoolean(false)], features);

        Assert.Equal([1f, 0f, 0f, 1f, 0f], features);
    }

    [Fact]
    public void Missing_stays_missing_for_numbers_and_for_a_whole_category_block()
    {
        var features = new float[Model.FeatureCount];

        Model.Transform([FeatureValue.Missing, FeatureValue.Missing, FeatureValue.Missing], features);

        Assert.All(features, value => Assert.True(float.IsNaN(value)));
    }

    [Fact]
    public void Survives_a_round_trip_through_preprocessing_json()
    {
        var json = PreprocessingDocument.From(Model).ToJson();

        var read = PreprocessingDocument.Read(json, "preprocessing.json");

        Assert.Equal(Model.FeatureNames, read.FeatureNames);
        Assert.Equal(Model.Columns, read.Columns);
    }

    [Fact]
    public void A_malformed_file_names_the_file()
    {
        var error = Assert.Throws<ModelLoadException>(() => PreprocessingDocument.Read("{ \"schemaVersion\": ", "model/preprocessing.json"));

        Assert.Contains("model/preprocessing.json", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0, "outside the allowed range")]
    [InlineData(121.0, "outside the allowed range")]
    public void A_number_outside_the_declared_range_is_rejected_with_the_column_named(double tenure, string expected)
    {
        var problem = Model.Columns[0].Check(FeatureValue.FromNumber(tenure));

        Assert.NotNull(problem);
        Assert.Contains("'tenure'", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_value_is_rejected_and_an_optional_one_is_not()
    {
        Assert.Contains("required", Model.Columns[0].Check(FeatureValue.Missing), StringComparison.Ordinal);
        Assert.Null(Model.Columns[1].Check(FeatureValue.Missing));
    }

    [Fact]
    public void A_category_where_a_number_belongs_is_rejected()
    {
        Assert.Contains("must be a number", Model.Columns[0].Check(FeatureValue.FromCategory("ten")), StringComparison.Ordinal);
    }
}
