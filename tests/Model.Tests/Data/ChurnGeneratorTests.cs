using Mlops.Model.Training.Data;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Tests.Data;

public sealed class ChurnGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_bytes()
    {
        var options = new ChurnDataOptions { Rows = 2000, Seed = 5 };

        Assert.Equal(Generate(options), Generate(options));
    }

    [Fact]
    public void Another_seed_gives_other_data()
    {
        Assert.NotEqual(Generate(new ChurnDataOptions { Rows = 500, Seed = 1 }), Generate(new ChurnDataOptions { Rows = 500, Seed = 2 }));
    }

    [Fact]
    public void The_default_data_passes_the_repository_spec_with_a_realistic_churn_rate()
    {
        var table = LoadWithRepositorySpec(new ChurnDataOptions { Rows = 6000 });

        var rate = (double)table.PositiveCount / table.RowCount;
        Assert.InRange(rate, 0.15, 0.25);
        Assert.Contains(table.Columns, column => Enumerable.Range(0, column.Count).Any(column.IsMissing));
    }

    [Fact]
    public void A_covariate_shift_moves_the_named_column_by_the_given_standard_deviations()
    {
        var reference = LoadWithRepositorySpec(new ChurnDataOptions { Rows = 4000 });
        var shifted = LoadWithRepositorySpec(new ChurnDataOptions
        {
            Rows = 4000,
            Shift = new ChurnShift { CovariateShift = new Dictionary<string, double> { [ChurnColumns.MonthlyCharges] = 1 } },
        });

        var moved = Mean(shifted, ChurnColumns.MonthlyCharges) - Mean(reference, ChurnColumns.MonthlyCharges);
        Assert.InRange(moved, 20, 30); // one standard deviation of monthly charges is 25
        Assert.InRange(Math.Abs(Mean(shifted, ChurnColumns.Age) - Mean(reference, ChurnColumns.Age)), 0, 1);
    }

    [Fact]
    public void A_higher_missing_rate_shows_in_the_optional_columns()
    {
        var shifted = LoadWithRepositorySpec(new ChurnDataOptions { Rows = 4000, Shift = new ChurnShift { ExtraMissingRate = 0.2 } });

        var age = shifted[ChurnColumns.Age];
        var missing = Enumerable.Range(0, age.Count).Count(age.IsMissing) / (double)age.Count;
        Assert.InRange(missing, 0.18, 0.28);
    }

    [Fact]
    public void Shifting_a_column_that_is_not_numeric_is_refused()
    {
        var options = new ChurnDataOptions { Shift = new ChurnShift { CovariateShift = new Dictionary<string, double> { [ChurnColumns.Contract] = 1 } } };

        var error = Assert.Throws<ArgumentException>(() => Generate(options));

        Assert.Contains(ChurnColumns.Contract, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_with_its_own_customer_id_prefix_shares_no_id_with_the_main_data()
    {
        static HashSet<string> Ids(ChurnDataOptions options) =>
            [.. System.Text.Encoding.UTF8.GetString(Generate(options)).Split('\n').Skip(1).Where(line => line.Length > 0).Select(line => line.Split(',')[0])];

        var main = Ids(new ChurnDataOptions { Rows = 500 });
        var batch = Ids(new ChurnDataOptions { Rows = 500, Seed = 9, CustomerIdPrefix = "batch-1-" });

        Assert.Contains("C0000001", main);
        Assert.Contains("batch-1-0000001", batch);
        Assert.Empty(main.Intersect(batch));
        Assert.Throws<ArgumentException>(() => Generate(new ChurnDataOptions { Rows = 1, CustomerIdPrefix = "a,b" }));
    }

    private static byte[] Generate(ChurnDataOptions options)
    {
        using var stream = new MemoryStream();
        ChurnGenerator.Write(stream, options);
        return stream.ToArray();
    }

    private static ColumnTable LoadWithRepositorySpec(ChurnDataOptions options)
    {
        using var stream = new MemoryStream(Generate(options));
        return CsvTableLoader.Load(stream, "generated.csv", SpecLoader.Load(RepositoryFiles.PathOf("model/spec.json"))).Table;
    }

    private static double Mean(ColumnTable table, string column) =>
        ((NumericColumn)table[column]).Values.Where(value => !double.IsNaN(value)).Average();
}
