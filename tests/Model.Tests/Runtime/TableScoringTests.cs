using Mlops.Model.Features;
using Mlops.Model.Training.Data;

namespace Mlops.Model.Tests.Runtime;

public sealed class TableScoringTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("table-scoring-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Scores_every_row_as_the_model_scores_the_same_record()
    {
        TinyModel.Write(_folder);
        var model = ScoringModel.LoadDirectory(_folder);
        var table = new ColumnTable(
            "batch.csv",
            [
                new NumericColumn("autopay", FeatureKind.Boolean, [1, 0, double.NaN]),
                new CategoricalColumn("plan", ["basic", null, "enterprise"]),
                new NumericColumn("usage", FeatureKind.Numeric, [5, 80, 40]),
            ],
            "churned",
            [1, 0, 0]);

        var probabilities = TableScoring.Score(model, table);

        Assert.Equal(model.PredictProbability(TinyModel.Record(5, "basic", autopay: true)), probabilities[0]);
        Assert.Equal(
            model.PredictProbability([FeatureValue.FromNumber(80), FeatureValue.Missing, FeatureValue.FromBoolean(false)]),
            probabilities[1]);
        Assert.Equal(
            model.PredictProbability([FeatureValue.FromNumber(40), FeatureValue.FromCategory("enterprise"), FeatureValue.Missing]),
            probabilities[2]);
    }

    [Fact]
    public void A_table_without_a_column_the_model_reads_is_an_error_naming_it()
    {
        TinyModel.Write(_folder);
        var model = ScoringModel.LoadDirectory(_folder);
        var table = new ColumnTable("batch.csv", [new NumericColumn("usage", FeatureKind.Numeric, [5])], "churned", [1]);

        var error = Assert.Throws<InvalidDataException>(() => TableScoring.Score(model, table));

        Assert.Contains("'plan'", error.Message, StringComparison.Ordinal);
        Assert.Contains("batch.csv", error.Message, StringComparison.Ordinal);
    }
}
