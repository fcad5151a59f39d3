using System.Text.Json;
using System.Text.Json.Nodes;
using Mlops.Bench.ApiModel;
using Mlops.Model.Cards;
using Mlops.Model.Features;
using Mlops.Model.Preprocessing;
using Mlops.Model.Training.Artifacts;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.XGBoost;

// Trains a churn model on the synthetic data set with the native trainer and writes a model folder plus one
// realistic record (a held-out row as /predict expects it), for bench/api.sh. Not an evaluated model.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Mlops.Bench.ApiModel <model-folder> <record.json>");
    return 2;
}

using var csv = new MemoryStream();
ChurnGenerator.Write(csv, new ChurnDataOptions { Rows = 6000 });
csv.Position = 0;
var table = CsvTableLoader.Load(csv, "synthetic churn", ChurnSchema.Spec).Table;
var preprocessing = new PreprocessingModel(
    [.. ChurnSchema.Spec.Columns.Select(column => column.ToFeatureColumn())],
    [.. table.Columns.OfType<CategoricalColumn>().Select(TopCategories)]);
var records = Enumerable.Range(0, table.RowCount).Select(row => Record(table, row)).ToList();
var trainRows = table.RowCount * 4 / 5;
var training = XGBoostTrainer.Train(
    Matrix(preprocessing, records, table.Labels, 0, trainRows),
    Matrix(preprocessing, records, table.Labels, trainRows, table.RowCount),
    new XGBoostParameters { Rounds = 200, EarlyStoppingRounds = 20 });
ModelFolderWriter.Write(args[0], training.BoosterJson, preprocessing, Card(table, preprocessing));
File.WriteAllText(args[1], RecordJson(preprocessing, records[trainRows]));
Console.WriteLine($"Trained {training.TreeCount} trees on {trainRows} rows into {args[0]}; record in {args[1]}.");
return 0;

static CategoryEncoding TopCategories(CategoricalColumn column) => new(
    column.Name,
    [.. column.Values.OfType<string>().GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Take(20).Select(g => g.Key)]);

static FeatureValue[] Record(ColumnTable table, int row) =>
[
    .. table.Columns.Select(column => column switch
    {
        CategoricalColumn categories => FeatureValue.FromCategory(categories.Values[row]),
        NumericColumn numbers => FeatureValue.FromNumber(numbers.Values[row]),
        _ => FeatureValue.Missing,
    }),
];

static TrainingMatrix Matrix(PreprocessingModel preprocessing, List<FeatureValue[]> records, IReadOnlyList<int> labels, int from, int to)
{
    var width = preprocessing.FeatureCount;
    var features = new float[(to - from) * width];
    for (var row = from; row < to; row++)
    {
        preprocessing.Transform(records[row], features.AsSpan((row - from) * width, width));
    }

    return new TrainingMatrix(features, to - from, width, [.. labels.Skip(from).Take(to - from).Select(l => (float)l)]);
}

static ModelCard Card(ColumnTable table, PreprocessingModel preprocessing) => new()
{
    ModelId = "churn-bench",
    Version = "0.0.0-bench",
    CreatedAt = DateTimeOffset.UtcNow,
    GitCommit = "bench",
    Data = new DataSummary("synthetic", table.RowCount, table.RowCount * 4 / 5, table.RowCount / 5, 0, (double)table.PositiveCount / table.RowCount),
    Threshold = new DecisionThreshold(0.5, "fixed"),
    Metrics = new Dictionary<string, MetricInterval>(),
    ConfusionMatrix = new ConfusionCounts(0, 0, 0, 0),
    Features = [.. preprocessing.Columns.Select(c => new FeatureSummary(c.Name, c.Kind, 0))],
    Checksums = new FileChecksums("written", "by ModelFolderWriter"),
};

static string RecordJson(PreprocessingModel preprocessing, FeatureValue[] record)
{
    var json = new JsonObject();
    for (var i = 0; i < record.Length; i++)
    {
        var column = preprocessing.Columns[i];
        json[column.Name] = record[i] switch
        {
            { IsMissing: true } => null,
            { Category: { } category } => JsonValue.Create(category),
            { Number: var number } when column.Kind == FeatureKind.Boolean => JsonValue.Create(number == 1),
            { Number: var number } => JsonValue.Create(number),
        };
    }

    return json.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
