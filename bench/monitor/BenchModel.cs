using Mlops.Model.Features;
using Mlops.Model.Preprocessing;
using Mlops.Model.Profiles;
using Mlops.Model.Scoring;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Spec;
using Mlops.Model.Training.Trainers;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Bench.Monitor;

/// <summary>
/// A forest trained with the spec's trainer family on the training rows (one-hot over the profile's top categories) and
/// scored with the managed scorer, as the production model would be; plus each raw column's total gain.
/// </summary>
internal sealed class BenchModel
{
    private readonly PreprocessingModel preprocessing;
    private readonly TreeEnsemble ensemble;

    private BenchModel(PreprocessingModel preprocessing, TreeEnsemble ensemble, IReadOnlyDictionary<string, double> gainByColumn)
    {
        this.preprocessing = preprocessing;
        this.ensemble = ensemble;
        GainByColumn = gainByColumn;
    }

    public IReadOnlyDictionary<string, double> GainByColumn { get; }

    public static BenchModel Train(ModelSpec spec, DataProfile profile, ColumnTable train, ColumnTable validation)
    {
        var columns = spec.Columns.Select(c => new FeatureColumn(c.Name, c.Kind)).ToList();
        var encodings = profile.Columns.Where(c => c.Kind == FeatureKind.Categorical)
            .Select(c => new CategoryEncoding(c.Name, [.. c.Frequencies!.Top.Select(t => t.Value)])).ToList();
        var preprocessing = new PreprocessingModel(columns, encodings);
        var result = ForestTrainer.Train(spec, Matrix(preprocessing, train), Matrix(preprocessing, validation));
        var gain = columns.Select((column, index) => (column.Name, Gain: GainOf(preprocessing, index, result.FeatureGain)))
            .ToDictionary(p => p.Name, p => p.Gain, StringComparer.Ordinal);
        return new BenchModel(preprocessing, TreeEnsemble.Load(result.BoosterJson), gain);
    }

    public double[] Score(ColumnTable table)
    {
        var matrix = Features(preprocessing, table);
        var output = new float[table.RowCount];
        ensemble.PredictProbabilities(matrix, preprocessing.FeatureCount, output);
        return [.. output.Select(p => (double)p)];
    }

    private static double GainOf(PreprocessingModel preprocessing, int column, IReadOnlyList<double> gain)
    {
        var start = preprocessing.OffsetOf(column);
        var end = column + 1 < preprocessing.Columns.Count ? preprocessing.OffsetOf(column + 1) : preprocessing.FeatureCount;
        return Enumerable.Range(start, end - start).Sum(i => gain[i]);
    }

    private static TrainingMatrix Matrix(PreprocessingModel preprocessing, ColumnTable table) =>
        new(Features(preprocessing, table), table.RowCount, preprocessing.FeatureCount, [.. table.Labels.Select(l => (float)l)]);

    private static float[] Features(PreprocessingModel preprocessing, ColumnTable table)
    {
        var width = preprocessing.FeatureCount;
        var features = new float[table.RowCount * width];
        var columns = preprocessing.Columns.Select(c => table[c.Name]).ToArray();
        var record = new FeatureValue[columns.Length];
        for (var row = 0; row < table.RowCount; row++)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                record[i] = columns[i].ValueAt(row);
            }

            preprocessing.Transform(record, features.AsSpan(row * width, width));
        }

        return features;
    }
}
