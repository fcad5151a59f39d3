using Mlops.Model.Features;
using Mlops.Model.Preprocessing;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Spec;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Model.Tests.MlNet;

/// <summary>
/// Generated churn rows through the repository's spec, split and fitted preprocessing: train and validation as
/// training sees them, and test rows made harder (missing values in every column, categories never seen in training).
/// </summary>
internal sealed class ChurnMatrices
{
    private ChurnMatrices(TrainingMatrix train, TrainingMatrix validation, TrainingMatrix test)
    {
        Train = train;
        Validation = validation;
        Test = test;
    }

    public TrainingMatrix Train { get; }

    public TrainingMatrix Validation { get; }

    public TrainingMatrix Test { get; }

    public static ChurnMatrices Generate(int rows)
    {
        var spec = SpecLoader.Load(RepositoryFiles.PathOf("model/spec.json"));
        using var csv = new MemoryStream();
        ChurnGenerator.Write(csv, new ChurnDataOptions { Rows = rows, Seed = 7 });
        csv.Position = 0;
        var table = CsvTableLoader.Load(csv, "generated.csv", spec).Table;
        var split = DataSplit.Of(table, spec.Split);
        var train = table.Take(split.Train);
        var preprocessing = PreprocessingFitter.Fit(train, spec);
        return new ChurnMatrices(
            FeatureMatrix.Build(train, preprocessing),
            FeatureMatrix.Build(table.Take(split.Validation), preprocessing),
            Harden(table.Take(split.Test), preprocessing));
    }

    // Every 7th value of every column is missing and every 5th category is one the vocabulary never saw.
    private static TrainingMatrix Harden(ColumnTable test, PreprocessingModel preprocessing)
    {
        var width = preprocessing.FeatureCount;
        var features = new float[test.RowCount * width];
        var cell = 0;
        for (var row = 0; row < test.RowCount; row++)
        {
            for (var column = 0; column < preprocessing.Columns.Count; column++, cell++)
            {
                var value = test[preprocessing.Columns[column].Name].ValueAt(row);
                value = cell % 7 == 0 ? FeatureValue.Missing
                    : value.Category is not null && cell % 5 == 0 ? FeatureValue.FromCategory($"unseen-{cell}")
                    : value;
                preprocessing.Encode(column, value, features.AsSpan(row * width, width));
            }
        }

        return new TrainingMatrix(features, test.RowCount, width, [.. test.Labels.Select(label => (float)label)]);
    }
}
