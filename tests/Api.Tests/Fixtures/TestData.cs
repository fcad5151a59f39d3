using Mlops.Model.Features;
using Mlops.Model.Training.Data;

namespace Mlops.Api.Tests.Fixtures;

/// <summary>A seeded churn-like data set for the test model: churn falls with tenure, a long contract and autopay.</summary>
internal sealed class TestData
{
    private const int Seed = 20261122;
    private static readonly string[] Plans = ["basic", "standard", "premium"];
    private static readonly string[] Contracts = ["monthly", "yearly", "two-year"];

    private TestData(FeatureValue[][] records, int[] labels)
    {
        Records = records;
        Labels = labels;
    }

    /// <summary>The records in the model's column order (tenure, charges, plan, contract, autopay).</summary>
    public FeatureValue[][] Records { get; }

    public int[] Labels { get; }

    public static TestData Generate(int rows)
    {
        var random = new Random(Seed);
        var records = new FeatureValue[rows][];
        var labels = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            var tenure = random.NextDouble() * 72;
            var charges = random.NextDouble() < 0.02 ? double.NaN : 20 + (random.NextDouble() * 100);
            var contract = random.Next(Contracts.Length);
            var autopay = random.Next(2) == 1;
            var logit = 1.5 - (0.05 * tenure) + (0.02 * (double.IsNaN(charges) ? 70 : charges)) - (1.2 * contract) - (autopay ? 0.6 : 0);
            records[i] =
            [
                FeatureValue.FromNumber(tenure), FeatureValue.FromNumber(charges), FeatureValue.FromCategory(Plans[random.Next(Plans.Length)]),
                FeatureValue.FromCategory(Contracts[contract]), FeatureValue.FromBoolean(autopay),
            ];
            labels[i] = random.NextDouble() < 1 / (1 + Math.Exp(-logit)) ? 1 : 0;
        }

        return new TestData(records, labels);
    }

    /// <summary>The same data as the training code's column table, for the profiler.</summary>
    public ColumnTable ToTable(IReadOnlyList<FeatureColumn> columns) =>
        new("test-data", [.. columns.Select((column, i) => Column(column, i))], "churned", Labels);

    private TableColumn Column(FeatureColumn column, int index) => column.Kind == FeatureKind.Categorical
        ? new CategoricalColumn(column.Name, [.. Records.Select(r => r[index].Category)])
        : new NumericColumn(column.Name, column.Kind, [.. Records.Select(r => r[index].Number)]);
}
