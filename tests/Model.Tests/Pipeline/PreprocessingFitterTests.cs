using Mlops.Model.Features;
using Mlops.Model.Tests.Data;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Pipeline;

namespace Mlops.Model.Tests.Pipeline;

public sealed class PreprocessingFitterTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Vocabularies_keep_the_top_categories_of_the_training_rows()
    {
        var preprocessing = Fit(topK: 1);

        Assert.Equal(["age", "plan=a", "plan=other", "active"], preprocessing.FeatureNames);
    }

    [Fact]
    public void An_unseen_category_is_encoded_as_other_and_missing_stays_missing()
    {
        var preprocessing = Fit(topK: 2);
        var features = new float[preprocessing.FeatureCount];

        preprocessing.Transform([FeatureValue.Missing, FeatureValue.FromCategory("never-seen"), FeatureValue.FromBoolean(true)], features);

        Assert.Equal(["age", "plan=a", "plan=b", "plan=other", "active"], preprocessing.FeatureNames);
        Assert.True(float.IsNaN(features[0]));
        Assert.Equal([0f, 0f, 1f, 1f], features[1..]);
    }

    [Fact]
    public void The_feature_matrix_is_row_major_with_one_label_per_row()
    {
        var table = Load();
        var matrix = FeatureMatrix.Build(table, Fit(topK: 2));

        Assert.Equal(6, matrix.Rows);
        Assert.Equal(5, matrix.Columns);
        Assert.Equal([2f, 0f, 1f, 0f, 1f], matrix.Features[5..10]);
        Assert.Equal([1f, 0f, 1f, 0f, 1f, 0f], matrix.Labels);
    }

    private Mlops.Model.Preprocessing.PreprocessingModel Fit(int topK) =>
        PreprocessingFitter.Fit(Load(), Specs.ThreeColumnSpec() with { CategoriesTopK = topK });

    private Mlops.Model.Training.Data.ColumnTable Load()
    {
        const string Csv = "age,plan,active,label\n1,a,true,yes\n2,b,true,no\n3,a,false,yes\n4,a,true,no\n,,true,yes\n10,c,false,no\n";
        return CsvTableLoader.Load(folder.File("data.csv", Csv), Specs.ThreeColumnSpec()).Table;
    }
}
